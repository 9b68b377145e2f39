"""Streaming demix: peak memory against file length, and throughput, for every zoo member.

For each member, `demix_files` (what `audio-algebra demix` runs; shipped adapter where there is one) removes one stem
from a mix of 1 and of 10 minutes, 16 kHz mono and 44.1 kHz stereo files (a rendered 8-s track from --data, tiled),
each run in a fresh process; prints peak RSS (MB) for each length, the difference, and the throughput (audio seconds per
second of demixing, model loading excluded) with the given thread counts.
Usage: python benchmarks/demix_stream.py --data STEMS [--members conv codec] [--minutes 1 10] [--threads 1 2]"""
import argparse, json, subprocess, sys, tempfile
from pathlib import Path

CHILD = '''
import json, sys, time, torch
torch.set_num_threads(int(sys.argv[1]))
from audio_algebra.audio_demix import demix_files
from audio_algebra.registry import load_given
name, mix, stem, out = sys.argv[2:6]
load_given(name)                                  # model files read once before timing
t0 = time.perf_counter()
demix_files(name, mix, out, remove=[stem], adapter=None if name != 'stft' else 'none')
wall = time.perf_counter() - t0
hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))   # this process's peak (ru_maxrss can be the parent's)
print(json.dumps(dict(wall=wall, rss_mb=int(hwm.split()[1]) / 1024)))
'''

def make_inputs(data:Path, d:Path, minutes:float, sr:int, channels:int)->tuple[Path, Path]:
    "A mix and its drums stem, `minutes` long, at `sr` Hz with `channels` channels, tiled from the first track"
    import torch
    from audio_algebra.audio_data import load_audio, save_audio, resample
    track = sorted(p for p in data.iterdir() if p.is_dir())[0]
    out = []
    for s in ('mixture', 'drums'):
        x = load_audio(track/f'{s}.wav')
        x = resample(x, 16000, sr) if sr != 16000 else x
        x = x.repeat(channels, -(-int(minutes * 60 * sr) // x.shape[-1]))[:, :int(minutes * 60 * sr)]
        if channels == 2: x[1] *= 0.7
        out.append(save_audio(d/f'{s}_{minutes:g}min_{sr}_{channels}ch.wav', x, sr))
    return tuple(out)

def run(threads:int, name:str, mix:Path, stem:Path, out:Path)->dict:
    r = subprocess.run([sys.executable, '-c', CHILD, str(threads), name, str(mix), str(stem), str(out)],
                       check=True, capture_output=True, text=True)
    out.unlink()
    return json.loads(r.stdout.strip().splitlines()[-1])

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True, type=Path)
    p.add_argument('--members', nargs='+', default=['stft', 'magphase', 'conv', 'dense', 'convpool', 'codec'])
    p.add_argument('--minutes', type=float, nargs=2, default=[1., 10.])
    p.add_argument('--threads', type=int, nargs='+', default=[1, 2])
    a = p.parse_args()
    short, long = a.minutes
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        files = {(m, fmt): make_inputs(a.data, d, m, *fmt) for m in (short, long) for fmt in ((16000, 1), (44100, 2))}
        print(f"peak RSS in MB of one demix (remove one stem), {short:g} vs {long:g} min; throughput over the "
              f"{long:g}-min 16 kHz file (x real time)")
        print(f"{'member':9s} {'16k mono':>22s} {'44.1k stereo':>22s} " + ' '.join(f'{f"{t} thr":>8s}' for t in a.threads))
        for name in a.members:
            row, speeds = [], []
            for fmt in ((16000, 1), (44100, 2)):
                s, l = (run(a.threads[0], name, *files[(m, fmt)], d/'out.wav') for m in (short, long))
                row.append(f"{s['rss_mb']:6.0f} {l['rss_mb']:6.0f} ({l['rss_mb'] - s['rss_mb']:+5.0f})")
                if fmt == (16000, 1): speeds.append(long * 60 / l['wall'])
            for t in a.threads[1:]: speeds.append(long * 60 / run(t, name, *files[(long, (16000, 1))], d/'out.wav')['wall'])
            print(f"{name:9s} {row[0]:>22s} {row[1]:>22s} " + ' '.join(f'{s:8.1f}' for s in speeds), flush=True)

if __name__ == '__main__': main()
