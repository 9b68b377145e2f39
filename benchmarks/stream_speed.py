"""StemStream: real-time factor per DataLoader worker, and peak memory on N and on 4N tracks (vs the in-memory StemBank).

Writes MUSDB18-HQ-layout folders (44.1 kHz stereo vocals/drums/bass/other + mixture, synthesised) of N and 4N tracks,
then, each in a fresh process:
- reads `--crops` crops of `--crop-seconds` at 16 kHz mono (what a zoo member trains on) from a StemStream in the
  process itself (one worker's work) and with `--workers` DataLoader workers (chunks of 8 crops, as StreamBank reads
  them); prints crops' seconds of audio per second of wall time (x real time, counting each crop once, not once per stem);
- prints the process's peak RSS (VmHWM) for the stream and for the StemBank (which loads every track).
Usage: python benchmarks/stream_speed.py [--tracks 8] [--seconds 20] [--workers 2]"""
import argparse, json, subprocess, sys, tempfile
from pathlib import Path

CHILD = '''
import json, sys, time, torch
torch.set_num_threads(1)
from audio_algebra.audio_data import StemStream
from audio_algebra.audio_aa import StemBank
kind, root, crops, crop_s, workers = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
t0 = time.perf_counter()
if kind == 'bank':
    bank = StemBank(root, 'all', 16000, progress=False)
    x = bank.crops(crops, round(crop_s * 16000), torch.Generator().manual_seed(0))
    n = len(x)
else:
    st = StemStream(root, 'all', crop_s, 16000)
    if workers:                                     # chunks of 8 crops per worker message, as StreamBank reads
        it = iter(torch.utils.data.DataLoader(st, batch_size=8, num_workers=workers))
        next(it)                                    # workers started
        t0 = time.perf_counter()
        n = sum(len(x) for _, x in zip(range(crops // 8), it))
    else:
        it = iter(st)
        next(it)
        t0 = time.perf_counter()
        n = sum(1 for _, x in zip(range(crops), it))
wall = time.perf_counter() - t0
hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))
print(json.dumps(dict(crops=n, wall=wall, x_real_time=n * crop_s / wall, rss_mb=int(hwm.split()[1]) / 1024)))
'''

def child(*args)->dict:
    r = subprocess.run([sys.executable, '-c', CHILD, *map(str, args)], check=True, capture_output=True, text=True)
    return json.loads(r.stdout.strip().splitlines()[-1])

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--tracks', type=int, default=8, help='N (the second folder has 4N tracks)')
    p.add_argument('--seconds', type=float, default=20., help='length of each track')
    p.add_argument('--crops', type=int, default=2000)
    p.add_argument('--crop-seconds', type=float, default=0.25)
    p.add_argument('--workers', type=int, default=2)
    a = p.parse_args()
    from audio_algebra.audio_data import make_fixture_tracks
    with tempfile.TemporaryDirectory() as d:
        small, big = Path(d)/'n', Path(d)/'4n'
        make_fixture_tracks(small, a.tracks, a.seconds, 44100, musdb=True)
        make_fixture_tracks(big, 4 * a.tracks, a.seconds, 44100, musdb=True)
        print(f"MUSDB18-HQ layout, 44.1 kHz stereo, {a.seconds:g}-s tracks; crops of {a.crop_seconds} s at 16 kHz mono")
        for name, root, n in (('N', small, a.tracks), ('4N', big, 4 * a.tracks)):
            one = child('stream', root, a.crops, a.crop_seconds, 0)
            many = child('stream', root, a.crops, a.crop_seconds, a.workers)
            bank = child('bank', root, 16, a.crop_seconds, 0)
            print(f"{name:3s} ({n:3d} tracks, {n * a.seconds / 60:5.1f} min): stream in-process "
                  f"{one['x_real_time']:6.0f}x real time, peak {one['rss_mb']:4.0f} MB; {a.workers} workers "
                  f"{many['x_real_time']:6.0f}x; StemBank (all in memory) peak {bank['rss_mb']:5.0f} MB, loaded in "
                  f"{bank['wall']:.1f} s")

if __name__ == '__main__': main()
