"""Options shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path

import click

store_option = click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    envvar="KG_STORE",
    help="Where the built graph lives [default: .kg/store in the repository; env KG_STORE].",
)


def format_option(*choices: str, default: str):
    """A ``--format`` option with the given choices."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def lang_option(help_text: str):
    """A ``--lang fr|en|ar`` option; ``help_text`` says what it changes in that command."""
    return click.option(
        "--lang",
        type=click.Choice(["fr", "en", "ar"]),
        default="fr",
        show_default=True,
        help=help_text,
    )
