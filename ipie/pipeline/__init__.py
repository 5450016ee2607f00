"""spaCy components of ipie, registered by name (also through the spacy_factories entry point)."""
from ipie.pipeline import relation_model, relations  # noqa: F401  (registration)
