"""Roofline of streaming demix: each decoding member's work per second of audio against this machine's measured limits.

In one run: the attainable float32 matrix-product rate and copy bandwidth on each thread count (`machine_limits`); for
every member, the flops and bytes of a whole `demix_files` call (remove one stem from a 16 kHz mono file, shipped
adapter; counted by `WorkCounter`, 26_performance) divided by the file's length; the same demix timed in a fresh process
per thread count (model loading excluded); and the fraction of the roofline's bound each speed reaches.
Writes the results as JSON with --out (the package ships one as results/roofline.json).
Usage: python benchmarks/roofline.py --data STEMS [--members conv codec] [--minutes 5] [--threads 1 2] [--out FILE]"""
import argparse, json, os, platform, sys, tempfile, time
from dataclasses import asdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from demix_stream import make_inputs, run

MEMBERS = ['stft', 'magphase', 'conv', 'dense', 'convpool', 'codec']

def count_work(name:str, mix:Path, stem:Path, out:Path)->dict:
    "Flops and bytes of one `demix_files` call, as the timed child runs it (the model built before counting)"
    from audio_algebra.perf import WorkCounter
    from audio_algebra.audio_demix import demix_files
    from audio_algebra.registry import load_given
    load_given(name)
    with WorkCounter() as w: demix_files(name, mix, out, remove=[stem], adapter=None if name != 'stft' else 'none')
    out.unlink()
    return dict(flops=w.flops, bytes=w.bytes, ops=w.ops)

def cpu_name()->str:
    try: return next(l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name'))
    except (OSError, StopIteration): return platform.processor() or 'unknown'

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True, type=Path)
    p.add_argument('--members', nargs='+', default=MEMBERS)
    p.add_argument('--minutes', type=float, default=5.)
    p.add_argument('--threads', type=int, nargs='+', default=[1, 2])
    p.add_argument('--out', type=Path, default=None)
    a = p.parse_args()
    import torch
    from audio_algebra.perf import machine_limits, roofline, format_roofline
    from audio_algebra.core import atomic_write
    limits = [machine_limits(t) for t in a.threads]
    for l in limits: print(f"{l.threads} thread(s): {l.gflops:.0f} GFLOP/s (float32 matmul), {l.gbytes:.1f} GB/s (copy)", flush=True)
    res = dict(cpu=cpu_name(), cpus=os.cpu_count(), torch=torch.__version__, minutes=a.minutes,
               date=time.strftime('%Y-%m-%d'), limits=[asdict(l) for l in limits], members=[])
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        mix, stem = make_inputs(a.data, d, a.minutes, 16000, 1)
        seconds = a.minutes * 60
        for name in a.members:
            w = count_work(name, mix, stem, d/'out.wav')
            m = dict(name=name, flops=w['flops'] / seconds, bytes=w['bytes'] / seconds, ops=w['ops'] / seconds,
                     speed={}, fraction={}, bound_x={}, binds={})
            for l in limits:
                speed = seconds / run(l.threads, name, mix, stem, d/'out.wav')['wall']
                r = roofline(m['flops'], m['bytes'], speed, l)
                t = str(l.threads)
                m['speed'][t], m['fraction'][t], m['bound_x'][t], m['binds'][t] = speed, r['fraction'], r['bound_x'], r['binds']
            res['members'].append(m)
            print(f"{name}: {m['flops'] / 1e9:.2f} GFLOP and {m['bytes'] / 1e9:.2f} GB per audio second, "
                  + ', '.join(f"{m['speed'][t]:.1f}x real time on {t} thread(s) ({m['fraction'][t]:.1%} of the bound "
                              f"{m['bound_x'][t]:.0f}x)" for t in m['speed']), flush=True)
    print(); print(format_roofline(res))
    if a.out: atomic_write(a.out, lambda tmp: Path(tmp).write_text(json.dumps(res, indent=1)))

if __name__ == '__main__': main()
