"""Adapter training speed on the original notebook's workload: batch 1024, 2 stems, 2-D, hidden 64.

Runs the library's real training loop (`train_aa`, wandb off, no GIF frames) and prints steps per second.
Usage: python benchmarks/adapter_speed.py [--steps 1500] [--repeats 3] [--threads N] [--profile]"""
import argparse, os, time
import torch
from audio_algebra.core import freeze
from audio_algebra.toy_given import TwistAndScrunch
from audio_algebra.toy_data import toy_sampler
from audio_algebra.adapters import MLPAdapter
from audio_algebra.config import AAConfig
from audio_algebra.training import train_aa

def run(steps:int, seed:int=0)->float:
    torch.manual_seed(seed)
    given, aa = freeze(TwistAndScrunch()), MLPAdapter(dims=2, hidden=64)
    cfg = AAConfig(steps=steps, batch=1024, min_stems=2, max_stems=2, frame_every=0, wandb_mode='disabled', log_every=50, device='cpu')
    return train_aa(given, aa, cfg, sampler=toy_sampler(2, 2), progress=False)['steps_per_second']

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--steps', type=int, default=1500); p.add_argument('--repeats', type=int, default=3)
    p.add_argument('--threads', type=int, default=None); p.add_argument('--profile', action='store_true')
    a = p.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs')
    run(100)                                                         # warm-up
    if a.profile:
        from torch.profiler import profile, ProfilerActivity
        with profile(activities=[ProfilerActivity.CPU]) as prof: run(200)
        print(prof.key_averages().table(sort_by='self_cpu_time_total', row_limit=15))
    rates = [run(a.steps, seed=i) for i in range(a.repeats)]
    print('steps/s per repeat:', ', '.join(f'{r:.1f}' for r in rates))
    print(f'adapter steps/s (batch 1024, 2 stems, hidden 64): median {sorted(rates)[len(rates)//2]:.1f}')

if __name__ == '__main__': main()
