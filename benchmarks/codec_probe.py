"""Learning-curve probe for a compressing codec zoo member (issue: a realistic given model): which bottleneck gives a
usable round trip AND non-additive latents? Trains one variant for --steps and prints, every steps/8, the round-trip
ceiling and the no-adapter demix SI-SDR (median dB) on held-out 4-stem 1-s crops.

    python benchmarks/codec_probe.py --variant level --data STEMS --eval STEMS7 --device cuda --out probe.json

Variants: 'tanh' (bounded bottleneck), 'fsq' (tanh + 8-level FSQ), 'level' (per-frame level normalisation, the log
level as one latent channel), 'level_fsq'. Scratch code for choosing a design; the member itself belongs in a notebook."""
import time, json, math, argparse
import torch, torch.nn as nn, torch.nn.functional as F
from torch.nn.utils.parametrizations import weight_norm
from audio_algebra.given_audio import AudioGivenModel
from audio_algebra.metrics import si_sdr, mrstft_distance
from audio_algebra.audio_data import StemFolderDataset
from audio_algebra.audio_evaluation import stem_crops
from audio_algebra.audio_aa import StemBank

class Snake(nn.Module):
    def __init__(self, c): super().__init__(); self.log_a = nn.Parameter(torch.zeros(1, c, 1))
    def forward(self, x):
        a = self.log_a.exp()
        return x + torch.sin(a * x).pow(2) / a

class Res(nn.Module):
    def __init__(self, c, d):
        super().__init__(); self.net = nn.Sequential(Snake(c), nn.Conv1d(c, c, 7, padding=3 * d, dilation=d), Snake(c), nn.Conv1d(c, c, 1))
    def forward(self, x): return x + self.net(x)

def fsq(z, levels):
    "bounded z in (-1, 1) -> `levels` evenly spaced values, straight-through"
    h = (levels - 1) / 2
    q = torch.round((z + 1) * h) / h - 1
    return z + (q - z).detach()

class Codec(AudioGivenModel):
    def __init__(self, width=32, latent=8, strides=(2, 4, 4), levels=0, level_norm=False, sample_rate=16000):
        super().__init__()
        self.sample_rate, self.channels = sample_rate, 1
        self.hop_length = math.prod(strides)
        self.levels, self.level_norm = levels, level_norm
        self.latent_dim = latent
        feat = latent - 1 if level_norm else latent
        enc, w = [nn.Conv1d(1, width, 7, padding=3)], width
        for s in strides:
            enc += [Res(w, 1), Res(w, 3), Snake(w), nn.Conv1d(w, 2 * w, 2 * s, stride=s, padding=s // 2)]
            w *= 2
        enc += [Snake(w), nn.Conv1d(w, feat, 3, padding=1)]
        self.enc = nn.Sequential(*enc)
        dec = [nn.Conv1d(feat, w, 7, padding=3)]
        for s in reversed(strides):
            dec += [Snake(w), nn.ConvTranspose1d(w, w // 2, 2 * s, stride=s, padding=s // 2), Res(w // 2, 1), Res(w // 2, 3)]
            w //= 2
        dec += [Snake(w), nn.Conv1d(w, 1, 7, padding=3)]
        self.dec = nn.Sequential(*dec)
        for mod in self.modules():
            if isinstance(mod, (nn.Conv1d, nn.ConvTranspose1d)): weight_norm(mod)
    def _level(self, x):   # log RMS per frame over a window of 4 hops
        h = self.hop_length
        e = F.avg_pool1d(F.pad(x.pow(2), (3 * h // 2, 3 * h - 3 * h // 2)), 4 * h, h)
        return 0.5 * torch.log(e + 1e-8)
    def _encode(self, x):
        if self.level_norm:
            lv = self._level(x)[..., :x.shape[-1] // self.hop_length]
            g = torch.repeat_interleave(lv.exp(), self.hop_length, -1)
            z = torch.tanh(self.enc(x / g))
            if self.levels: z = fsq(z, self.levels)
            return torch.cat([z, lv], 1)
        z = torch.tanh(self.enc(x))
        return fsq(z, self.levels) if self.levels else z
    def _decode(self, y):
        if self.level_norm:
            z, lv = y[:, :-1], y[:, -1:]
            return self.dec(z) * torch.repeat_interleave(lv.exp(), self.hop_length, -1)
        return self.dec(y)

@torch.no_grad()
def evaluate(m, crops):
    mix = crops.sum(1)
    ceil, none = [], []
    for i in range(crops.shape[1]):
        t = mix - crops[:, i]
        ceil.append(si_sdr(m.decode_like(m.encode(t), t), t))
        none.append(si_sdr(m.decode_like(m.encode(mix) - m.encode(crops[:, i]), mix), t))
    r = m.decode_like(m.encode(mix), mix)
    return dict(ceiling=torch.cat(ceil).median().item(), none=torch.cat(none).median().item(),
                mix_mrstft=mrstft_distance(r, mix).item())

def main():
    p = argparse.ArgumentParser()
    p.add_argument('--variant', default='tanh'); p.add_argument('--steps', type=int, default=4000)
    p.add_argument('--device', default='cuda'); p.add_argument('--batch', type=int, default=16)
    p.add_argument('--width', type=int, default=32); p.add_argument('--latent', type=int, default=8)
    p.add_argument('--strides', default='2,4,4'); p.add_argument('--data', required=True); p.add_argument('--eval', required=True); p.add_argument('--crops', type=int, default=32); p.add_argument('--out', default=None)
    a = p.parse_args()
    torch.manual_seed(0)
    kw = dict(tanh={}, fsq=dict(levels=8), level=dict(level_norm=True), level_fsq=dict(level_norm=True, levels=8))[a.variant]
    m = Codec(a.width, a.latent, tuple(int(s) for s in a.strides.split(',')), **kw).to(a.device)
    bank = StemBank(a.data, 'all', 16000, progress=False)
    g = torch.Generator().manual_seed(0)
    ev = StemFolderDataset(a.eval, split='all', crop_seconds=1.0, sr=16000)
    crops = stem_crops(ev, a.crops, 0).to(a.device)
    print('data ready', flush=True)
    opt = torch.optim.Adam(m.parameters(), 1e-3)
    t0, step, curve = time.time(), 0, []
    nparams = sum(p.numel() for p in m.parameters())
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, 1e-3, total_steps=a.steps + 1, pct_start=0.05)
    while True:
        if step % (a.steps // 8) == 0 or step == a.steps:
            m.eval(); r = evaluate(m, crops); m.train()
            r.update(step=step, seconds=round(time.time() - t0, 1)); curve.append(r); print(a.variant, a.width, r, flush=True)
            if a.out: json.dump(dict(variant=a.variant, width=a.width, params=nparams, hop=m.hop_length, latent=m.latent_dim, curve=curve), open(a.out, 'w'), indent=1)
            if step == a.steps: break
        x = bank.crops(a.batch, 8000, g)                      # (b, stems, 1, samples)
        k = torch.randint(1, x.shape[1] + 1, (a.batch,), generator=g)
        keep = torch.rand(a.batch, x.shape[1], generator=g).argsort(1) < k[:, None]
        x = (x * keep[..., None, None] * (0.5 + 0.5 * torch.rand(a.batch, x.shape[1], 1, 1, generator=g))).sum(1)
        x = (x / x.abs().amax((1, 2), keepdim=True).clamp_min(1.)).to(a.device)
        rec = m.reconstruct(x)
        loss = (rec - x).abs().mean() + 0.1 * mrstft_distance(rec, x)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0); opt.step(); sched.step(); step += 1
    floats = m.latent_dim * 16000 / m.hop_length
    res = dict(variant=a.variant, params=nparams, latent_floats_per_s=floats, compression=16000 / floats, curve=curve)
    if a.out: json.dump(res, open(a.out, 'w'), indent=1)

if __name__ == '__main__': main()
