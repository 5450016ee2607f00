"""The transformer backbone: a tiny random BERT with a character vocabulary, trained a few steps (CPU)."""
import shutil
from pathlib import Path

import numpy
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

import spacy  # noqa: E402

from ipie.cli import main  # noqa: E402
from ipie.corpus.formats import write_any  # noqa: E402
from ipie.pipeline.transformer import build_transformer_tok2vec, windows  # noqa: E402
from ipie.training import read_annotations, train  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MAX_POSITIONS = 64  # windows of 62 characters: a real paragraph needs several
WIDTH = 256  # the projection width in configs/ner_rel_transformer.cfg


@pytest.fixture(scope="module")
def records():
    return read_annotations([ROOT / "annotations"])


@pytest.fixture(scope="module")
def long_text(records):
    text = max((r.text for r in records), key=len)
    assert len(text) > 5 * MAX_POSITIONS
    return text


@pytest.fixture(scope="module")
def trained(records, tmp_path_factory):
    """(backbone directory, its random encoder as saved, trained pipeline directory)."""
    backbone = tmp_path_factory.mktemp("backbone")
    chars = sorted({ch for r in records[:400] for ch in r.text if not ch.isspace()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + chars
    (backbone / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=MAX_POSITIONS,
    )
    torch.manual_seed(0)
    encoder = transformers.BertModel(config)
    encoder.save_pretrained(backbone)
    corpus = tmp_path_factory.mktemp("corpus") / "train.jsonl"
    write_any([r for r in records if r.relations][:60], corpus, "canonical")
    out = tmp_path_factory.mktemp("trf") / "m"
    overrides = {"training.max_steps": 6, "training.eval_frequency": 3, "training.optimizer.learn_rate.warmup_steps": 1}
    train([corpus], out, splits_path=corpus.parent / "none.json", backbone=backbone, overrides=overrides)
    return backbone, encoder, out


def test_windows_own_every_token_once():
    for n, size, stride in [(0, 8, 6), (5, 8, 6), (8, 8, 6), (9, 8, 6), (50, 8, 6), (50, 8, 8), (617, 62, 46)]:
        spans = windows(n, size, stride)
        owned = [i for start, end, own_start, own_end in spans for i in range(own_start, own_end)]
        assert owned == list(range(n))
        assert all(start <= own_start <= own_end <= end and end - start <= size for start, end, own_start, own_end in spans)


def test_every_token_of_a_long_paragraph_gets_a_vector(trained, long_text):
    nlp = spacy.load(trained[2])
    assert nlp.get_pipe("tok2vec").model.name == "ipie_transformer_tok2vec"  # --backbone chose its config
    short = "2016年，全省专利申请量18922件。"
    empty, alone, long_doc = nlp.pipe(["", short, long_text])
    assert long_doc.tensor.shape == (len(long_doc), WIDTH) and len(long_doc) > 5 * MAX_POSITIONS
    assert empty.tensor.shape[0] == 0
    assert numpy.isfinite(long_doc.tensor).all()
    # padding to the long paragraph's windows does not change a short one's vectors
    numpy.testing.assert_allclose(nlp(short).tensor, alone.tensor, atol=1e-5)


def test_training_fine_tunes_the_encoder(trained):
    _, original, out = trained
    tuned = spacy.load(out).get_pipe("tok2vec").model.layers[0].shims[0]._model
    before = original.embeddings.word_embeddings.weight
    after = tuned.embeddings.word_embeddings.weight
    assert before.shape == after.shape and not torch.allclose(before, after)


def test_pipeline_loads_without_the_backbone_directory(trained, long_text):
    backbone, _, out = trained
    doc = spacy.load(out)(long_text)
    shutil.rmtree(backbone)
    reloaded = spacy.load(out)(long_text)
    assert [(e.start, e.end, e.label_) for e in reloaded.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    numpy.testing.assert_allclose(reloaded.tensor, doc.tensor, atol=1e-6)


def test_missing_backbone_is_a_clear_error(tmp_path):
    model = build_transformer_tok2vec(str(tmp_path / "absent"), width=8)
    with pytest.raises(FileNotFoundError, match="backbone"):
        model.initialize()


def test_cli_passes_the_backbone_to_training(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr("ipie.training.train", lambda *args, **kwargs: calls.append(kwargs) or tmp_path)
    assert main(["train", "--output", str(tmp_path), "--backbone", "bert-dir"]) == 0
    assert calls[0]["backbone"] == "bert-dir" and calls[0]["config"] is None  # → the transformer config
