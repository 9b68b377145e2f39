"""The room for demixing a log-mel latent (the `hifigan` member's), in latent space: how close to the right latent
f(m − x_i) subtraction of magnitudes to a fixed power p gets, with and without a spectral floor (the result kept at
least beta of the mix's magnitude in every band), and two oracles that pick p in hindsight against the truth (per band
and clip; per time-frequency point). Log-mel distance (as evaluate-aa), median over stems and crops, beside doing
nothing. Needs no vocoder (only the log-mel), so it runs in seconds.

Usage: python benchmarks/logmel_room.py --data STEMS [--crops 32] [--split all]"""
import argparse, math
import torch

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True)
    p.add_argument('--crops', type=int, default=32)
    p.add_argument('--split', default='all')
    a = p.parse_args()
    torch.set_num_threads(1)
    from audio_algebra.pretrained_codecs import HiFiGANGiven
    from audio_algebra.audio_data import StemFolderDataset
    from audio_algebra.audio_evaluation import stem_crops, encode_crops
    from audio_algebra.metrics import logmel_distance
    v = HiFiGANGiven('random', width=16)                       # the log-mel needs no generator weights
    ds = StemFolderDataset(a.data, split=a.split, crop_seconds=1.0, sr=v.sample_rate)
    ys = encode_crops(v, stem_crops(ds, a.crops, 0))
    M, S, T = ys['mix'], ys['stems'], torch.stack(ys['res'])
    med = lambda est: torch.stack([logmel_distance(e, t) for e, t in zip(est, ys['res'])]).median().item()
    def sub(power, beta=None):
        out = torch.stack([torch.log((M.exp() ** power - y.exp() ** power).clamp_min(math.exp(v.log_floor * power))) / power
                           for y in S])
        return torch.maximum(out, M + math.log(beta)) if beta else out
    nothing = med([M] * len(S))
    print(f"{a.data}: {a.crops} crops, {len(S)} stems; log-mel distance to f(m − x_i), x doing nothing's {nothing:.3f}")
    print(f"{'power':>6s}{'no floor':>16s}{'floor 0.03':>16s}{'floor 0.1':>16s}{'floor 0.3':>16s}")
    for power in (1, 1.25, 1.5, 2, 3):
        cells = [med(list(sub(power, b))) for b in (None, 0.03, 0.1, 0.3)]
        print(f"{power:6g}" + ''.join(f"{c:10.3f} ({c / nothing:.2f}x)" for c in cells))
    grid = (0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3)
    est = torch.stack([sub(q) for q in grid])                  # (powers, stems, crops, bands, frames)
    err = (est - T).abs()
    band = err.mean(-1).argmin(0)[None, ..., None].expand(1, *est.shape[1:])
    for name, pick in (('per band and clip', band), ('per point', err.argmin(0)[None])):
        c = med(list(torch.gather(est, 0, pick)[0]))
        print(f"oracle power {name} (no floor): {c:.3f} ({c / nothing:.2f}x)")

if __name__ == '__main__': main()
