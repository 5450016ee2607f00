"""A Hugging Face encoder as the shared tok2vec: one vector per character token.

The encoder is read from a local checkpoint directory (``[paths] backbone``,
``ipie train --backbone DIR``) when the pipeline is initialised, never from a
hub. From then on its config and weights travel in the shim's bytes and its
vocabulary in the model's attrs, so a saved pipeline is self-contained:
``spacy.load`` builds an empty wrapper from the config and fills it from the
pipeline's own ``tok2vec/model`` file, without the backbone directory.

Our tokens are single characters and Chinese BERT vocabularies are character
vocabularies, so a token's id is simply its text's line in ``vocab.txt`` (tried
as is, then lower-cased; anything else, whitespace tokens included, is [UNK]):
no subword tokenizer, no alignment. Texts longer than the encoder's positions
are cut into overlapping windows, each wrapped in [CLS] … [SEP]; a token takes
its vector from one window, the overlap being split at its midpoint so that
every token keeps some context on both sides.

transformers is imported only when an encoder is built, and nothing here runs
torch before that, so ``import ipie`` and the CNN pipeline work without either.
"""
# Annotations stay live types (no `from __future__ import annotations`): confection 0.1,
# which spaCy 3.8.7 uses, builds its config schemas from registered functions' signatures.

import json
from pathlib import Path
from typing import Optional

import numpy
import srsly
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import ArgsKwargs, Linear, Model, PyTorchWrapper_v3, get_torch_default_device, torch2xp, xp2torch
from thinc.shims.pytorch import default_deserialize_torch_model, default_serialize_torch_model
from thinc.types import Floats2d

SPECIAL = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")


@registry.architectures("ipie.TransformerTok2Vec.v1")
def build_transformer_tok2vec(
    name: Optional[str], width: Optional[int] = None, window: int = 128, stride: int = 96
) -> Model[list[Doc], list[Floats2d]]:
    """A tok2vec for spaCy's ``tok2vec`` component: the encoder in ``name`` (a local
    directory), its last hidden layer projected to ``width`` (None: the hidden size,
    which the listeners' width must then equal). Windows hold ``window`` tokens and
    start every ``stride`` tokens; both shrink in proportion when the encoder has
    fewer positions."""
    encoder = PyTorchWrapper_v3(
        None,  # filled by _init (from the backbone) or by from_bytes (from the pipeline)
        convert_inputs=_convert_inputs,
        convert_outputs=_convert_outputs,
        serialize_model=_serialize_encoder,
        deserialize_model=_deserialize_encoder,
    )
    return Model(
        "ipie_transformer_tok2vec",
        _forward,
        init=_init,
        layers=[encoder] + ([Linear(nO=width)] if width else []),
        dims={"nO": width},
        attrs={"name": name, "vocab": {}, "window": window, "stride": stride},
    )


def load_backbone(path: str | Path | None):
    """The encoder and its vocabulary (token → id) from a local checkpoint directory."""
    from transformers import AutoModel

    if path is None or not Path(path).is_dir():
        raise FileNotFoundError(f"transformer backbone directory not found: {path} (ipie train --backbone DIR)")
    vocab_file = Path(path) / "vocab.txt"
    if not vocab_file.exists():
        raise FileNotFoundError(f"{vocab_file} not found: the backbone needs a BERT-style character vocab.txt")
    with vocab_file.open(encoding="utf-8") as handle:  # line by line, like transformers' own reader
        vocab = {}
        for i, line in enumerate(handle):
            vocab.setdefault(line.rstrip("\n"), i)
    missing = [token for token in SPECIAL if token not in vocab]
    if missing:
        raise ValueError(f"{vocab_file} lacks {', '.join(missing)}")
    encoder = AutoModel.from_pretrained(str(path), local_files_only=True)
    return encoder.to(get_torch_default_device()), vocab


def _init(model: Model, X: list[Doc] | None = None, Y=None) -> None:
    shim = model.layers[0].shims[0]
    if shim._model is None:  # thinc offers no setter; spacy-transformers fills its shim the same way
        shim._model, model.attrs["vocab"] = load_backbone(model.attrs["name"])
    hidden = shim._model.config.hidden_size
    if len(model.layers) == 2:
        model.layers[1].set_dim("nI", hidden)
        model.layers[1].initialize()
    else:
        model.set_dim("nO", hidden)


def windows(n: int, size: int, stride: int) -> list[tuple[int, int, int, int]]:
    """(start, end, own_start, own_end) of the windows over ``n`` tokens: each token
    is owned by exactly one window, two overlapping windows splitting at the midpoint."""
    if n == 0:
        return []
    starts = list(range(0, max(n - size, 0) + 1, stride))
    if starts[-1] + size < n:
        starts.append(n - size)
    ends = [min(start + size, n) for start in starts]
    cuts = [0] + [(start + end) // 2 for start, end in zip(starts[1:], ends)] + [n]
    return [(start, end, cuts[k], cuts[k + 1]) for k, (start, end) in enumerate(zip(starts, ends))]


def _window_shape(model: Model) -> tuple[int, int]:
    """Window size and stride, shrunk in proportion to the encoder's positions; no gaps between windows."""
    positions = model.layers[0].shims[0]._model.config.max_position_embeddings - 2  # [CLS], [SEP]
    size, stride = model.attrs["window"], model.attrs["stride"]
    if size > positions:
        size, stride = positions, max(1, stride * positions // size)
    return size, min(stride, size)


def _forward(model: Model, docs: list[Doc], is_train: bool):
    ops = model.ops
    vocab = model.attrs["vocab"]
    pad, unk, cls, sep = (vocab[token] for token in SPECIAL)
    size, stride = _window_shape(model)
    rows: list[list[int]] = []  # ids of each window
    owner: list[tuple[int, int]] = []  # (window, position in it) of each token, docs concatenated
    for doc in docs:
        ids = [vocab.get(token.text, vocab.get(token.text.lower(), unk)) for token in doc]
        for start, end, own_start, own_end in windows(len(ids), size, stride):
            owner.extend((len(rows), 1 + i - start) for i in range(own_start, own_end))
            rows.append([cls] + ids[start:end] + [sep])
    if not rows:  # only empty docs
        return [ops.alloc2f(0, model.get_dim("nO")) for _ in docs], lambda d_vectors: []
    length = max(len(row) for row in rows)
    ids = numpy.full((len(rows), length), pad, dtype="int64")
    mask = numpy.zeros((len(rows), length), dtype="int64")
    for r, row in enumerate(rows):
        ids[r, : len(row)] = row
        mask[r, : len(row)] = 1
    hidden, bp_hidden = model.layers[0]((ops.asarray(ids), ops.asarray(mask)), is_train)
    flat = hidden.reshape(-1, hidden.shape[-1])
    index = ops.asarray1i([r * length + p for r, p in owner])
    vectors, bp_project = model.layers[1](flat[index], is_train) if len(model.layers) == 2 else (flat[index], None)

    def backprop(d_vectors: list[Floats2d]) -> list:
        d_tokens = ops.flatten(d_vectors)
        if bp_project is not None:
            d_tokens = bp_project(d_tokens)
        d_flat = ops.alloc2f(*flat.shape)
        d_flat[index] = d_tokens
        bp_hidden(d_flat.reshape(hidden.shape))
        return []

    return ops.unflatten(vectors, ops.asarray1i([len(doc) for doc in docs])), backprop


def _convert_inputs(model: Model, ids_mask, is_train: bool):
    ids, mask = ids_mask
    kwargs = {"input_ids": xp2torch(ids), "attention_mask": xp2torch(mask)}
    return ArgsKwargs(args=(), kwargs=kwargs), lambda d_inputs: []


def _convert_outputs(model: Model, inputs_outputs, is_train: bool):
    hidden = inputs_outputs[1].last_hidden_state

    def backprop(d_hidden):
        return ArgsKwargs(args=(hidden,), kwargs={"grad_tensors": xp2torch(d_hidden)})

    return torch2xp(hidden, ops=model.ops), backprop


def _serialize_encoder(encoder) -> bytes:
    """The config with the weights, so that loading needs no checkpoint directory."""
    if encoder is None:  # a pipeline saved before initialisation
        return b""
    return srsly.msgpack_dumps({"config": encoder.config.to_json_string(), "weights": default_serialize_torch_model(encoder)})


def _deserialize_encoder(encoder, data: bytes, device):
    if not data:
        return encoder
    from transformers import AutoConfig, AutoModel

    msg = srsly.msgpack_loads(data)
    if encoder is None:
        encoder = AutoModel.from_config(AutoConfig.for_model(**json.loads(msg["config"])))
    return default_deserialize_torch_model(encoder, msg["weights"], device)
