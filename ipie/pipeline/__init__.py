"""spaCy components of ipie. ``ipie.pipeline.components`` registers them all by name;
spacy.load finds them without it through the spacy_factories entry points."""
