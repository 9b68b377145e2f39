"""Adapter training throughput with 1 and 2 processes (torchrun, gloo on CPU), and on a GPU where there is one.

Trains the adapter of each member (`fit_adapter`, what `audio-algebra train-aa` runs) for `--steps` steps of the same
global batch, each run in a fresh process (or torchrun group), and prints seconds of mixed training audio per second
of training (steps x batch x crop seconds / wall time of the loop; loading excluded):
- 1 process with 1 thread, 1 process with 2 threads, 2 processes (torchrun --nproc_per_node 2) with 1 thread each.
  On a 2-core machine the 2-process row shows the overhead of data parallelism, not its scaling.
- With a CUDA GPU: also step time and peak GPU memory on one GPU, fp32 and bf16, for the members and for a pretrained
  codec architecture with random weights (`--gpu-members`, default dac_44khz; needs the `dac` extra's packages).
Usage: python benchmarks/ddp_throughput.py [--data STEMS] [--members conv codec] [--steps 40] [--batch 16]"""
import argparse, json, os, subprocess, sys, tempfile
from pathlib import Path

CHILD = '''
import json, sys, time, torch
from audio_algebra.config import AudioAAConfig
from audio_algebra.audio_aa import default_aa_config, fit_adapter
from audio_algebra.core import is_main
member, data, out, steps, batch, device, precision = sys.argv[1:8]
untrained = member in ('dac_16khz', 'dac_24khz', 'dac_44khz', 'encodec_24khz', 'oobleck')
cfg = default_aa_config(member, steps=int(steps), batch=int(batch), frame_every=0, ckpt_every=10**9, log_every=10**9,
                        wandb_mode='disabled', device=device, precision=precision)
if device == 'cuda': torch.cuda.reset_peak_memory_stats()
aa, info = fit_adapter(data, out, AudioAAConfig(given=member, untrained_given=untrained, loader='memory'), cfg,
                       progress=False)
if is_main():
    info.pop('history')
    if device == 'cuda': info['peak_gpu_mb'] = torch.cuda.max_memory_allocated() / 2**20
    print('RESULT ' + json.dumps(info))
'''

def run(args:list, env:dict, procs:int=1)->dict:
    launcher = [sys.executable] if procs == 1 else [sys.executable, '-m', 'torch.distributed.run', '--standalone',
                                                    '--nproc_per_node', str(procs)]
    with tempfile.TemporaryDirectory() as d:
        script = Path(d)/'child.py'
        script.write_text(CHILD)
        r = subprocess.run([*launcher, str(script), *map(str, args[:2]), str(Path(d)/'run'), *map(str, args[2:])],
                           env=os.environ | env | dict(WANDB_MODE='disabled'), capture_output=True, text=True)
    if r.returncode: raise RuntimeError(r.stderr[-3000:])
    return json.loads(next(l for l in r.stdout.splitlines() if l.startswith('RESULT '))[7:])

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', type=Path, default=None, help='stem folder (default: 12 synthesised 8-s tracks)')
    p.add_argument('--members', nargs='+', default=['conv', 'codec'])
    p.add_argument('--gpu-members', nargs='+', default=['codec', 'dac_44khz'])
    p.add_argument('--steps', type=int, default=40)
    p.add_argument('--batch', type=int, default=16)
    a = p.parse_args()
    import torch
    from audio_algebra.audio_data import make_fixture_tracks
    with tempfile.TemporaryDirectory() as d:
        data = a.data or make_fixture_tracks(Path(d)/'stems', 12, 8., 16000)
        print(f"adapter training, global batch {a.batch}, {a.steps} steps, CPU: seconds of mixed audio per second")
        print(f"{'member':8s} {'1 proc x 1 thr':>15s} {'1 proc x 2 thr':>15s} {'2 procs x 1 thr':>16s}")
        for m in a.members:
            rows = [run([m, data, a.steps, a.batch, 'cpu', 'fp32'], dict(OMP_NUM_THREADS=str(t)), n)
                    for n, t in ((1, 1), (1, 2), (2, 1))]
            print(f"{m:8s} " + ' '.join(f"{r['mixes_audio_seconds_per_second']:{w}.1f}" for r, w in zip(rows, (15, 15, 16))))
        if not torch.cuda.is_available():
            print('no CUDA GPU here: the one-GPU step time and peak memory were not measured')
            return
        print(f"one GPU ({torch.cuda.get_device_name()}): step time (ms) and peak memory (MB)")
        for m in a.gpu_members:
            for prec in ('fp32', 'bf16'):
                r = run([m, data, a.steps, a.batch, 'cuda', prec], {})
                print(f"{m:10s} {prec}: {1000 / r['steps_per_second']:8.1f} ms/step, "
                      f"{r['mixes_audio_seconds_per_second']:8.1f} s audio/s, peak {r['peak_gpu_mb']:7.0f} MB")

if __name__ == '__main__': main()
