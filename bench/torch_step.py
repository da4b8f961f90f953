"""Our trainer's step in plain PyTorch on the CPU, for `npm run bench`: the same model, loss, clipping and Adam.

Reads one JSON object on stdin and prints one on stdout (times in ms). Input:
  sourceVocab, targetVocab; optional embedding 64, hidden 128, attention 128, lr 1e-3, clip 1 (as bench/run.ts);
  batches: [{x, xMask, yIn, yOut, yMask}, ...], time-major [T][B] lists as src/learn/batches.ts makes them,
    or B, Tx, Ty: random batches of that shape, without padding;
  params (optional): our initial weights by params.ts name, base64 little-endian float32 in our [in, out] layout,
    so both trainers start from the same weights and their losses can be compared step by step.
Try: /usr/bin/python3 bench/torch_step.py <<< '{"sourceVocab": 400, "targetVocab": 500, "B": 64, "Tx": 22, "Ty": 24}'
"""

import base64
import ctypes
import json
import os
import sys
import time

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Translator(nn.Module):
    """src/model: bidirectional GRU encoder, Bahdanau attention, GRU decoder, teacher-forced loss."""

    def __init__(self, source_vocab, target_vocab, E, H, A):
        super().__init__()
        self.source_embedding = nn.Embedding(source_vocab, E)
        self.target_embedding = nn.Embedding(target_vocab, E)
        self.encoder = nn.GRU(E, H, bidirectional=True)  # PyTorch's GRU equations are gru.ts's
        self.init = nn.Linear(2 * H, H)  # s_0 = tanh(W_init [fwd_last ‖ bwd_first] + b)
        self.decoder = nn.GRUCell(E + 2 * H, H)  # input [e ‖ C]
        self.W = nn.Linear(H, A, bias=False)  # e_ij = vᵀ tanh(W s_{i-1} + U h_j)
        self.U = nn.Linear(2 * H, A, bias=False)
        self.v = nn.Linear(A, 1, bias=False)
        self.output = nn.Linear(H + 2 * H + E, target_vocab)  # logits from [s ‖ C ‖ e]

    def forward(self, x, x_mask, y_in, y_out, y_mask):  # ids and masks: [Tx, B], [Ty, B]
        """Mean cross-entropy per real target token (loss.ts without guided alignment)."""
        # Packed, each direction runs over the real words only, as encoder.ts's masked loop does.
        packed = pack_padded_sequence(self.source_embedding(x), x_mask.sum(0).long(), enforce_sorted=False)
        packed, last = self.encoder(packed)  # last: [2, B, H], forward at the last word, backward at the first
        h = pad_packed_sequence(packed, total_length=x.shape[0])[0].transpose(0, 1)  # [B, Tx, 2H]
        keys = self.U(h)  # [B, Tx, A], U h_j once per sentence
        masked = (1 - x_mask.t()) * -1e4  # [B, Tx], padding gets no attention (attention.ts)
        s = torch.tanh(self.init(torch.cat([last[0], last[1]], 1)))  # [B, H]
        logits = []
        for e in self.target_embedding(y_in):  # Ty × [B, E]
            scores = self.v(torch.tanh(keys + self.W(s).unsqueeze(1))).squeeze(2)  # [B, Tx], e_ij
            alpha = torch.softmax(scores + masked, 1)  # [B, Tx], α_ij
            context = torch.bmm(alpha.unsqueeze(1), h).squeeze(1)  # [B, 2H], C_i = Σ_j α_ij h_j
            s = self.decoder(torch.cat([e, context], 1), s)  # [B, H]
            logits.append(self.output(torch.cat([s, context, e], 1)))  # [B, V]
        nll = F.cross_entropy(torch.stack(logits).flatten(0, 1), y_out.flatten(), reduction="none")  # [Ty·B]
        return (nll * y_mask.flatten()).sum() / y_mask.sum()


def load_ours(m, ours, H):
    """Copies params.ts weights ([in, out]; GRU gates z, r, n) into PyTorch's ([out, in]; gates r, z, n)."""
    table = {  # our name: (PyTorch parameter, has GRU gates)
        f"{prefix}.{a}": (getattr(module, b + suffix), True)
        for prefix, module, suffix in [("encoder.forward", m.encoder, "_l0"), ("encoder.backward", m.encoder, "_l0_reverse"),
                                       ("decoder", m.decoder, "")]
        for a, b in zip("WUbc", ["weight_ih", "weight_hh", "bias_ih", "bias_hh"])
    }
    table.update({"decoder.init.W": (m.init.weight, False), "decoder.init.b": (m.init.bias, False),
                  "attention.W": (m.W.weight, False), "attention.U": (m.U.weight, False), "attention.v": (m.v.weight, False),
                  "output.W": (m.output.weight, False), "output.b": (m.output.bias, False)})
    embeddings = {"source.embedding": m.source_embedding.weight, "target.embedding": m.target_embedding.weight}
    assert set(table) | set(embeddings) == set(ours), "parameter names differ from params.ts"
    decode = lambda name: torch.frombuffer(bytearray(base64.b64decode(ours[name])), dtype=torch.float32)  # noqa: E731
    with torch.no_grad():
        for name, p in embeddings.items():
            p.copy_(decode(name).view(p.shape))  # [V, E] in both
        for name, (p, gates) in table.items():
            w = decode(name).view(p.shape[::-1])  # ours: [in, out] or [out]
            if gates:
                z, r, n = w.split(H, -1)
                w = torch.cat([r, z, n], -1)
            p.copy_(w.t() if w.dim() == 2 else w)


def tensors(b):
    ids = lambda k: torch.tensor(b[k], dtype=torch.long)  # noqa: E731
    return ids("x"), torch.tensor(b["xMask"]), ids("yIn"), ids("yOut"), torch.tensor(b["yMask"])


def random_batch(cfg):
    B, Tx, Ty, sv, tv = cfg["B"], cfg["Tx"], cfg["Ty"], cfg["sourceVocab"], cfg["targetVocab"]
    return (torch.randint(2, sv, (Tx, B)), torch.ones(Tx, B), torch.randint(1, tv, (Ty, B)), torch.randint(2, tv, (Ty, B)),
            torch.ones(Ty, B))


def blas():
    """The BLAS libraries torch loaded: Debian's torch uses whatever libblas.so.3 is (reference, OpenBLAS, BLIS)."""
    with open("/proc/self/maps") as maps:
        paths = (line.split()[-1] for line in maps)
        return sorted({os.path.realpath(p) for p in paths if "blas" in os.path.basename(p)})


def set_threads(n):
    torch.set_num_threads(n)
    for path in blas():  # OpenBLAS has its own thread pool, which torch's generic-BLAS build leaves alone
        lib = ctypes.CDLL(path)
        if hasattr(lib, "openblas_set_num_threads"):
            lib.openblas_set_num_threads(n)


def run(cfg, batches, threads, steps=8, warmup=2):
    """Median ms of steps warmup+1..steps (bench/run.ts times the same ones); each step's loss and gradient norm."""
    set_threads(threads)
    torch.manual_seed(1)
    H = cfg.get("hidden", 128)
    model = Translator(cfg["sourceVocab"], cfg["targetVocab"], cfg.get("embedding", 64), H, cfg.get("attention", 128))
    if "params" in cfg:
        load_ours(model, cfg["params"], H)
    adam = torch.optim.Adam(model.parameters(), lr=cfg.get("lr", 1e-3))  # β 0.9, 0.999 and ε 1e-8, as adam.ts
    times, losses, norms = [], [], []
    for step in range(steps):
        t0 = time.perf_counter()
        adam.zero_grad()
        loss = model(*batches[step % len(batches)])
        loss.backward()
        norms.append(nn.utils.clip_grad_norm_(model.parameters(), cfg.get("clip", 1.0)).item())  # global norm, as ours
        adam.step()
        losses.append(loss.item())
        if step >= warmup:
            times.append((time.perf_counter() - t0) * 1000)
    return sorted(times)[len(times) // 2], losses, norms, sum(p.numel() for p in model.parameters())


cfg = json.load(sys.stdin)
batches = [tensors(b) for b in cfg["batches"]] if "batches" in cfg else [random_batch(cfg) for _ in range(8)]
ms1, losses, norms, count = run(cfg, batches, threads=1)
ms2 = run(cfg, batches, threads=2)[0]
json.dump({"version": torch.__version__, "blas": ", ".join(blas()), "params": count, "msPerStep1Thread": ms1,
           "msPerStep2Threads": ms2, "losses": losses, "gradNorms": norms}, sys.stdout)
print()
