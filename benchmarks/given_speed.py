"""Encode + decode speed of the zoo members (encode only for encoder-only members such as w2v), in seconds of audio per second of wall time (x real time), with one and
with two torch threads. Each number is the median of --repeats runs on --seconds of noise at the member's rate.

Usage: python benchmarks/given_speed.py [--models codec conv ...] [--seconds 10] [--repeats 5]"""
import argparse, statistics, subprocess, sys, time

def measure(name:str, seconds:float, repeats:int)->float:
    "Median x real time of decode(encode(x)) for one member, in this process (its thread count)"
    import torch
    from audio_algebra.registry import load_given
    m = load_given(name)
    x = 0.1 * torch.randn(1, m.channels, round(seconds * m.sample_rate), generator=torch.Generator().manual_seed(0))
    run = m.reconstruct if m.has_decoder else m.encode           # encoder-only: nothing to decode
    with torch.no_grad():
        run(x[..., :m.sample_rate])                               # warm-up
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            run(x)
            times.append(time.perf_counter() - t)
    return seconds / statistics.median(times)

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--models', nargs='+', default=None)
    p.add_argument('--seconds', type=float, default=10.)
    p.add_argument('--repeats', type=int, default=5)
    p.add_argument('--one', nargs=2, help=argparse.SUPPRESS)     # internal: NAME THREADS, in a child process
    a = p.parse_args()
    if a.one:
        import torch
        torch.set_num_threads(int(a.one[1]))
        print(measure(a.one[0], a.seconds, a.repeats))
        return
    from audio_algebra.registry import ZOO
    print(f"{'member':10s}{'1 thread':>12s}{'2 threads':>12s}   (encode + decode, x real time, {a.seconds:g} s of audio)")
    for name in a.models or list(ZOO):
        rts = []
        for threads in (1, 2):   # a fresh process per setting: the thread count is fixed once torch has run
            r = subprocess.run([sys.executable, __file__, '--one', name, str(threads), '--seconds', str(a.seconds),
                                '--repeats', str(a.repeats)], capture_output=True, text=True,
                               env={'OMP_NUM_THREADS': str(threads), **{k: v for k, v in __import__('os').environ.items()
                                                                        if k != 'OMP_NUM_THREADS'}})
            if r.returncode: sys.exit(r.stderr)
            rts.append(float(r.stdout.strip().splitlines()[-1]))
        print(f"{name:10s}{rts[0]:11.1f}x{rts[1]:11.1f}x", flush=True)

if __name__ == '__main__': main()
