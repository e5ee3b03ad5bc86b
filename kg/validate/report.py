"""What a validation found: results with severity, node, path, value, message and location."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kg.errors import EXIT_DATA, EXIT_OK

VIOLATION = "Violation"
WARNING = "Warning"
INFO = "Info"
SEVERITY_ORDER = {VIOLATION: 0, WARNING: 1, INFO: 2}

#: The project's own constraint components, for checks that are not SHACL shapes.
SHAPES_NS = "https://w3id.org/moroccan-cinema/shapes#"
ILL_TYPED = SHAPES_NS + "IllTypedLiteralConstraintComponent"
UNDEFINED_TERM = SHAPES_NS + "UndefinedTermConstraintComponent"
UNDECLARED_TERM = SHAPES_NS + "UndeclaredTermConstraintComponent"
UNRESOLVED = SHAPES_NS + "UnresolvedReferenceConstraintComponent"


def short_iri(iri: str) -> str:
    """``prefix:local`` with the project prefixes and ``mcsh:`` for the shapes namespace."""
    from kg.namespaces import shorten

    if iri.startswith(SHAPES_NS):
        return "mcsh:" + iri[len(SHAPES_NS):]
    return shorten(iri)


@dataclass(frozen=True)
class ValidationResult:
    """One problem found: a SHACL result, or one of the checks beyond the shapes.

    ``focus``, ``path`` and ``value`` are short forms (``work:zero``, ``mc:runtimeMinutes``,
    ``-5``); ``focus_iri``, ``path_iri`` keep the full IRIs; ``value_term`` is the value in
    N-Triples syntax. ``file`` and ``line`` say where the focus node is defined.
    """

    severity: str
    focus: str
    focus_iri: str
    message: str
    constraint: str
    focus_label: str | None = None
    path: str | None = None
    path_iri: str | None = None
    value: str | None = None
    value_term: str | None = None
    source_shape: str | None = None
    file: str | None = None
    line: int | None = None

    @property
    def where(self) -> str:
        """``file:line`` (or what is known of it)."""
        if self.file is None:
            return "(graph)"
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        path = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"[{self.severity}] {self.where} {self.focus}{path}: {self.message}{value}"

    def sort_key(self) -> tuple:
        return (self.file or "~", self.line or 0, SEVERITY_ORDER.get(self.severity, 9), self.focus, self.path or "", self.message)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ValidationReport:
    """Every result about the contribution, and what the run looked at."""

    results: list[ValidationResult] = field(default_factory=list)
    strict: bool = False
    files: list[str] = field(default_factory=list)
    nodes: int = 0
    context: str = ""
    seconds: float = 0.0

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == VIOLATION]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == WARNING]

    @property
    def conforms(self) -> bool:
        """No violation (and, with ``strict``, no warning either)."""
        return not self.violations and not (self.strict and self.warnings)

    @property
    def exit_code(self) -> int:
        """0 when the contribution conforms, 1 otherwise (input errors raise, exit 2)."""
        return EXIT_OK if self.conforms else EXIT_DATA

    def summary(self) -> str:
        """One line: counts, files, nodes."""
        v, w = len(self.violations), len(self.warnings)
        verdict = "conforms" if self.conforms else "does not conform"
        strict = " (strict: warnings fail)" if self.strict and w else ""
        return (
            f"{v} violation{'s' if v != 1 else ''}, {w} warning{'s' if w != 1 else ''} in {len(self.files)} "
            f"file{'s' if len(self.files) != 1 else ''} ({self.nodes} node{'s' if self.nodes != 1 else ''} checked against {self.context}): {verdict}{strict}"
        )

    def to_dict(self) -> dict:
        return {
            "conforms": self.conforms,
            "strict": self.strict,
            "exit_code": self.exit_code,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "files": self.files,
            "nodes": self.nodes,
            "context": self.context,
            "seconds": self.seconds,
            "results": [r.to_dict() for r in self.results],
        }


__all__ = ["ValidationReport", "ValidationResult", "VIOLATION", "WARNING", "INFO", "SHAPES_NS"]
