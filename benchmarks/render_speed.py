"""Multitrack renderer speed: seconds of audio (per stem folder track) rendered per second of wall time.

Usage: python benchmarks/render_speed.py [--tracks 40] [--seconds 8] [--sr 16000] [--workers N]"""
import argparse, os, tempfile
from audio_algebra.audio_data import make_stems

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--tracks', type=int, default=40); p.add_argument('--seconds', type=float, default=8.)
    p.add_argument('--sr', type=int, default=16000); p.add_argument('--workers', type=int, default=None)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as d:
        r = make_stems(f'{d}/stems', tracks=a.tracks, seconds=a.seconds, sr=a.sr, workers=a.workers, progress=False)
    print(f"{a.tracks} tracks x {a.seconds:g} s at {a.sr} Hz, {a.workers or os.cpu_count()} workers: {r['wall_seconds']:.1f} s wall, "
          f"{r['audio_seconds_per_second']:.1f} s of (4-stem) audio per second")

if __name__ == '__main__': main()
