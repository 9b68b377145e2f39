"""Vocoding speed of the `hifigan` member, side by side in one process: the plain float32 inference-mode decode
against its faster options, in seconds of audio per second of wall time (x real time), with how far each one's
output moves from the plain one (log-mel distance of the re-encoded outputs; the round trip itself is about 0.3-0.5).

Options measured: `set_precision('bf16')` (a bfloat16 copy of the generator, bfloat16 matrix work where the CPU has it:
AVX512-BF16/AMX here, run one second of audio at a time with 16 frames of context on each side, which keeps long inputs
in cache: all at once, its gain fell from 2.6x on 1 s to 1.4x on 8 s), float32 under `torch.autocast`, and, with
--compile, `torch.compile` of the plain generator. On a GPU (--device cuda) the same, plus float16.

Usage: python benchmarks/vocoder_speed.py [--seconds 8] [--repeats 3] [--threads 1] [--device cpu] [--compile]"""
import argparse, statistics, time, math
import torch

def timed(fn, y, repeats:int, sync)->tuple:
    "Median seconds of `fn(y)` over `repeats` runs after one warm-up, and its output"
    out = fn(y); sync()
    times = []
    for _ in range(repeats):
        t = time.perf_counter(); out = fn(y); sync(); times.append(time.perf_counter() - t)
    return statistics.median(times), out

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--seconds', type=float, default=8.)
    p.add_argument('--repeats', type=int, default=3)
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--device', default='cpu')
    p.add_argument('--compile', action='store_true', help='also time torch.compile (slow to start)')
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    from audio_algebra.pretrained_codecs import HiFiGANGiven
    from audio_algebra.metrics import logmel_distance
    from audio_algebra.audio_data import make_fixture_tracks, load_audio
    import tempfile
    from pathlib import Path
    dev = torch.device(a.device)
    sync = (lambda: torch.cuda.synchronize()) if dev.type == 'cuda' else (lambda: None)
    with tempfile.TemporaryDirectory() as d:                     # a mix of harmonic tones with an envelope
        make_fixture_tracks(Path(d), 1, seconds=a.seconds, sr=22050)
        x = load_audio(Path(d)/'track_0000'/'mixture.wav')[None]
    plain, fast = HiFiGANGiven().to(dev), HiFiGANGiven(precision='bf16').to(dev)
    with torch.inference_mode():
        y = plain.encode(x.to(dev))
        ways = {'fp32 (plain)': plain.decode, 'precision=bf16': fast.decode}
        def autocast(y):
            with torch.autocast(dev.type, dtype=torch.bfloat16): return plain.decode(y)
        ways['fp32 + autocast bf16'] = autocast
        if dev.type == 'cuda':
            half = HiFiGANGiven(precision='fp16').to(dev); ways['precision=fp16'] = half.decode
        if a.compile:
            compiled = torch.compile(plain.net)
            ways['compiled fp32'] = compiled
        res = {}
        for name, fn in ways.items():
            t, out = timed(fn, y, a.repeats, sync)
            res[name] = (a.seconds / t, out.float())
        ref = res['fp32 (plain)'][1]
        base = res['fp32 (plain)'][0]
        print(f"{torch.cuda.get_device_name() if dev.type == 'cuda' else 'CPU'}, {a.threads} thread(s), "
              f"{a.seconds:g} s of audio at 22.05 kHz")
        print(f"{'way':24s}{'x real time':>13s}{'speed-up':>10s}{'log-mel vs plain':>18s}{'vs input':>10s}")
        for name, (rt, out) in res.items():
            e = plain.encode(out)
            print(f"{name:24s}{rt:13.2f}{rt / base:10.2f}{logmel_distance(e, plain.encode(ref)).item():18.3f}"
                  f"{logmel_distance(e, y).item():10.3f}")

if __name__ == '__main__': main()
