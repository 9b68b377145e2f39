"""Audio adapter throughput for every zoo member, on this machine's CPU.

Training: the library's real loop (`fit_adapter` -> `train_aa`, wandb off, no demo frames) with each member's default
settings for `--steps` steps; prints seconds of mixed audio per second of wall time (batch x crop length x steps / wall).
Evaluation: `evaluate_adapter` (with adapter, without, and the ceiling) on 1-second 4-stem crops; seconds of audio per second.
With --parts: where one training step's time goes (drawing the mixes, the frozen given encoder, the adapter's
forward pass, the losses, the backward pass, the optimiser), in ms, from the member's shipped adapter (a fresh one where none
is shipped) and settings:
what bounds the speed-up any change to the adapter alone can give.
Needs a stem folder (audio-algebra make-stems --tracks 40 --seconds 8 --out DIR).
Usage: python benchmarks/audio_aa_speed.py --data DIR [--steps 100] [--crops 16] [--threads N] [--given conv dense ...] [--parts]"""
import argparse, os, tempfile, time
import torch
from audio_algebra.registry import DECODING, load_given
from audio_algebra.audio_data import StemFolderDataset
from audio_algebra.config import AudioAAConfig
from audio_algebra.audio_aa import default_aa_config, fit_adapter
from audio_algebra.audio_evaluation import stem_crops, evaluate_adapter

def step_parts(name:str, data:str, steps:int=40)->dict:
    "Mean ms per training step in each part (the loop of `train_aa`, taken apart), for `name`'s shipped adapter"
    from audio_algebra.registry import load_adapter, shipped_adapter
    from audio_algebra.audio_aa import StemBank, audio_sampler, adapter_for
    from audio_algebra.adapters import do_mixing
    from audio_algebra.training import aa_losses
    given, audio, cfg = load_given(name), AudioAAConfig(given=name), default_aa_config(name)
    bank = StemBank(StemFolderDataset(data, split='all', crop_seconds=audio.crop_seconds, sr=given.sample_rate),
                    'train', progress=False)
    sample, gen = audio_sampler(bank, audio.crop_seconds), torch.Generator().manual_seed(0)
    if shipped_adapter(name).is_file(): aa = load_adapter(name, None, given)
    else:                                              # none shipped: a fresh one, as train-aa starts
        with torch.no_grad(): aa = adapter_for(given, given.encode(sample(cfg.batch, gen)[0].flatten(0, 1)))
    aa.train()
    opt, parts = torch.optim.Adam(aa.parameters(), 1e-4), {}
    enc = given.encode
    for i in range(steps + 3):                         # 3 warm-up steps
        t = [time.perf_counter()]
        stems, faders = sample(cfg.batch, gen); t.append(time.perf_counter())
        calls = []
        def timed(x):                                  # the frozen encoder, timed inside do_mixing
            t0 = time.perf_counter(); y = enc(x); calls.append(time.perf_counter() - t0); return y
        given.encode = timed
        zsum, zmix, arch = do_mixing(stems, faders, given, aa); t.append(time.perf_counter())
        loss = aa_losses(zsum, zmix, arch, aa, cfg)['loss']; t.append(time.perf_counter())
        opt.zero_grad(); loss.backward(); t.append(time.perf_counter())
        opt.step(); t.append(time.perf_counter())
        if i < 3: continue
        d = [b - a for a, b in zip(t, t[1:])]
        for k, v in zip(('sample', 'given', 'adapter', 'losses', 'backward', 'optimiser'),
                        (d[0], sum(calls), d[1] - sum(calls), d[2], d[3], d[4])):
            parts[k] = parts.get(k, 0.) + 1000 * v / steps
    del given.encode
    return parts

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True); p.add_argument('--steps', type=int, default=100); p.add_argument('--crops', type=int, default=16)
    p.add_argument('--threads', type=int, default=None); p.add_argument('--given', nargs='+', default=DECODING, choices=DECODING)
    p.add_argument('--parts', action='store_true', help="only where one training step's time goes")
    a = p.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs')
    if a.parts:
        print(f"ms per training step: {'member':9s}" + ''.join(f'{k:>10s}' for k in
              ('sample', 'given', 'adapter', 'losses', 'backward', 'optimiser', 'total', 'max gain')))
        for name in a.given:
            r = step_parts(name, a.data)
            tot = sum(r.values())
            # a free adapter (forward, backward, losses and optimiser at zero) bounds the speed-up of adapter changes
            print(f"{'':20s} {name:9s}" + ''.join(f'{v:10.1f}' for v in r.values()) + f'{tot:10.1f}'
                  + f"{tot / (r['sample'] + r['given']):9.1f}x", flush=True)
        return
    print(f"{'member':10s}{'train s/s':>12s}{'steps/s':>10s}{'eval s/s':>10s}   (seconds of audio per second of wall time)")
    for name in a.given:
        audio = AudioAAConfig(given=name)
        cfg = default_aa_config(name, steps=a.steps, frame_every=0, wandb_mode='disabled', ckpt_every=10**9)
        with tempfile.TemporaryDirectory() as d:
            aa, info = fit_adapter(a.data, d, audio, cfg, progress=False)
        train = cfg.batch * audio.crop_seconds * info['steps'] / info['wall_seconds']
        given = load_given(name)
        crops = stem_crops(StemFolderDataset(a.data, split='all', crop_seconds=1.0, sr=given.sample_rate), a.crops)
        r = evaluate_adapter(given, aa, crops)
        print(f"{name:10s}{train:12.1f}{info['steps_per_second']:10.2f}{r['audio_seconds_per_second']:10.1f}")

if __name__ == '__main__': main()
