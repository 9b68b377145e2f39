"""The GPU paths in one prepared run (<= 10 minutes on one GPU): one-GPU DDP, float64 equivalence, bf16 vs fp32 training,
demix and evaluation throughput. Runs on `--device cpu` too, to show the script works where there is no GPU.

1. DDP with world size 1 (torchrun --nproc_per_node 1; nccl on CUDA, gloo on CPU) against a plain process, training the
   toy adapter in float64 for 6 steps on the device: largest loss and weight differences (expected ~1e-16), and the
   same device against the CPU (float rounding of another kernel library).
2. Adapter training (`fit_adapter`, what train-aa runs) in fp32 and bf16: ms per step and peak device memory, for the
   codec and a pretrained-codec architecture with random weights (skipped, with the reason, when its package is missing).
3. Streaming demix (`demix_files`, shipped adapter) of a 2-minute 16 kHz file on the device: x real time.
4. `evaluate_adapter` on 16 one-second 4-stem crops on the device: seconds of audio per second.
Prints everything and writes it as JSON with --out.
Usage: python benchmarks/gpu_check.py [--device auto|cuda|cpu] [--data STEMS] [--steps N] [--out FILE]"""
import argparse, json, os, subprocess, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from ddp_throughput import run as train_run
from demix_stream import make_inputs

TOY = '''
import sys, torch
from audio_algebra.toy_given import TwistAndScrunch
from audio_algebra.toy_data import toy_sampler
from audio_algebra.adapters import MLPAdapter
from audio_algebra.config import AAConfig
from audio_algebra.training import train_aa
from audio_algebra.core import is_main
device, path = sys.argv[1], sys.argv[2]
torch.manual_seed(0)
given, aa = TwistAndScrunch().double(), MLPAdapter(hidden=16, n_blocks=2).double()
def fixed(b, gen, step=[0]):                   # a fixed float64 batch per step
    g = torch.Generator().manual_seed(1000 + step[0]); k = 2 + step[0] % 3; step[0] += 1
    return torch.randn(k, b, 2, generator=g, dtype=torch.float64), torch.rand(k, b, generator=g, dtype=torch.float64) + 0.5
cfg = AAConfig(steps=6, batch=16, lr=1e-2, log_every=1, frame_every=0, recon_stride=1, wandb_mode='disabled', device=device)
r = train_aa(given, aa, cfg, None, fixed, progress=False)
if is_main(): torch.save(dict(losses=[h['loss'] for h in r['history']], weights={k: v.cpu() for k, v in aa.state_dict().items()}), path)
'''

def toy(device:str, d:Path, torchrun:bool)->dict:
    "Train the float64 toy on `device`, in a plain process or under torchrun with one process"
    script, out = d/'toy.py', d/f'toy_{device}_{int(torchrun)}.pt'
    script.write_text(TOY)
    cmd = [sys.executable, *(['-m', 'torch.distributed.run', '--standalone', '--nproc_per_node', '1'] if torchrun else []),
           str(script), device, str(out)]
    r = subprocess.run(cmd, env=os.environ | dict(WANDB_MODE='disabled'), capture_output=True, text=True, timeout=300)
    if r.returncode: raise RuntimeError(f"{' '.join(cmd)} failed:\n{r.stderr[-3000:]}")
    import torch
    return torch.load(out, weights_only=True)

def gap(a:dict, b:dict)->dict:
    return dict(loss=max(abs(x - y) for x, y in zip(a['losses'], b['losses'])),
                weights=max((a['weights'][k] - b['weights'][k]).abs().max().item() for k in a['weights']))

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--device', default='auto'); p.add_argument('--data', type=Path, default=None)
    p.add_argument('--steps', type=int, default=None, help='training steps (default: 40 on a GPU, 4 on a CPU)'); p.add_argument('--members', nargs='+', default=['codec', 'dac_44khz'])
    p.add_argument('--out', type=Path, default=None)
    a = p.parse_args()
    import torch
    from audio_algebra.core import pick_device, atomic_write
    from audio_algebra.audio_data import make_fixture_tracks, StemFolderDataset
    from audio_algebra.audio_demix import demix_files
    from audio_algebra.registry import load_given, load_adapter
    from audio_algebra.audio_evaluation import stem_crops, evaluate_adapter
    dev = str(pick_device(a.device))
    steps = a.steps or (4 if dev == 'cpu' else 40)
    name = torch.cuda.get_device_name() if dev.startswith('cuda') else 'CPU'
    res, t0 = dict(device=dev, device_name=name, torch=torch.__version__), time.perf_counter()
    print(f"device: {dev} ({name}), torch {torch.__version__}", flush=True)
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        data = a.data or make_fixture_tracks(d/'stems', 12, 8., 16000)
        plain, ddp = toy(dev, d, False), toy(dev, d, True)
        res['ddp_world_1'] = gap(plain, ddp)
        print(f"1. DDP world size 1 vs one process on {dev}, float64, 6 steps: losses differ by "
              f"{res['ddp_world_1']['loss']:.1e}, weights by {res['ddp_world_1']['weights']:.1e}", flush=True)
        if dev != 'cpu':
            res['device_vs_cpu'] = gap(plain, toy('cpu', d, False))
            print(f"   {dev} vs CPU: losses {res['device_vs_cpu']['loss']:.1e}, weights {res['device_vs_cpu']['weights']:.1e}")
        res['train'] = {}
        for m in a.members:
            for prec in ('fp32', 'bf16'):
                try: r = train_run([m, data, steps, 16, dev, prec], {})
                except RuntimeError as e:
                    print(f"2. {m} {prec}: skipped ({str(e).strip().splitlines()[-1][:200]})"); continue
                res['train'][f'{m}_{prec}'] = dict(ms_per_step=1000 / r['steps_per_second'], peak_mb=r.get('peak_gpu_mb'),
                                                  audio_s_per_s=r['mixes_audio_seconds_per_second'])
                print(f"2. train {m:10s} {prec}: {1000 / r['steps_per_second']:8.1f} ms/step, "
                      f"{r['mixes_audio_seconds_per_second']:8.1f} s audio/s"
                      + (f", peak {r['peak_gpu_mb']:.0f} MB" if r.get('peak_gpu_mb') else ''), flush=True)
        mix, stem = make_inputs(data, d, 2., 16000, 1)
        res['demix'], res['evaluate'] = {}, {}
        ds = StemFolderDataset(data, split='all', crop_seconds=1.0, sr=16000)
        crops = stem_crops(ds, 16)
        for m in ('conv', 'codec'):
            load_given(m)
            t = time.perf_counter()
            demix_files(m, mix, d/f'{m}.wav', remove=[stem], device=dev)
            res['demix'][m] = 120 / (time.perf_counter() - t)
            given = load_given(m); aa = load_adapter(m, None, given)
            r = evaluate_adapter(given, aa, crops, ds.stems, device=dev)
            res['evaluate'][m] = r['audio_seconds_per_second']
            print(f"3./4. {m}: demix {res['demix'][m]:.1f}x real time, evaluation {res['evaluate'][m]:.1f} s audio/s", flush=True)
    res['wall_s'] = time.perf_counter() - t0
    print(f"done in {res['wall_s']:.0f} s")
    if a.out: atomic_write(a.out, lambda tmp: Path(tmp).write_text(json.dumps(res, indent=1)))

if __name__ == '__main__': main()
