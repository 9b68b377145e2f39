"""The toy run (`audio-algebra toy`) with 1 and 2 torch threads, on an idle machine and beside a busy process.

Each configuration runs the real command line in a fresh process (`--threads N`, wandb off) with shortened training,
`--repeats` times; a "busy" run has one extra process spinning on a CPU core for its whole length, as a second job or
a browser would. Prints wall time (median, min-max) and the adapter's steps per second for each configuration.
Usage: python benchmarks/toy_threads.py [--given-steps 1000] [--aa-steps 2750] [--repeats 3] [--threads 1 2]"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

def one_run(threads:int, busy:bool, given_steps:int, aa_steps:int)->tuple[float, float]:
    "Wall seconds and adapter steps/s of one shortened toy run"
    spin = subprocess.Popen([sys.executable, '-c', 'while True: pass']) if busy else None
    try:
        with tempfile.TemporaryDirectory() as d:
            cmd = [sys.executable, '-c', 'from audio_algebra.cli import main; main()', 'toy', '--out', f'{d}/run',
                   '--threads', str(threads), '--given-steps', str(given_steps), '--aa-steps', str(aa_steps),
                   '--wandb', 'disabled', '--no-progress']
            env = {k: v for k, v in os.environ.items() if k != 'OMP_NUM_THREADS'}
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env)
            wall = time.perf_counter() - t0
            return wall, json.loads(Path(d, 'run', 'metrics.json').read_text())['train']['steps_per_second']
    finally:
        if spin: spin.kill(); spin.wait()

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--given-steps', type=int, default=1000); p.add_argument('--aa-steps', type=int, default=2750)
    p.add_argument('--repeats', type=int, default=3); p.add_argument('--threads', type=int, nargs='+', default=[1, 2])
    a = p.parse_args()
    print(f'{os.cpu_count()} CPUs; toy run with --given-steps {a.given_steps} --aa-steps {a.aa_steps} '
          f'(1/8 of the default), {a.repeats} repeats each')
    print(f"{'threads':>7} {'machine':>8} {'wall s (median)':>16} {'min-max':>13} {'adapter steps/s':>16} {'min-max':>11}")
    for busy in (False, True):
        for n in a.threads:
            runs = [one_run(n, busy, a.given_steps, a.aa_steps) for _ in range(a.repeats)]
            walls, rates = [w for w, _ in runs], [r for _, r in runs]
            print(f"{n:>7} {'busy' if busy else 'idle':>8} {statistics.median(walls):>16.1f} "
                  f"{min(walls):>6.1f}-{max(walls):<6.1f} {statistics.median(rates):>16.0f} "
                  f"{min(rates):>5.0f}-{max(rates):<5.0f}", flush=True)

if __name__ == '__main__': main()
