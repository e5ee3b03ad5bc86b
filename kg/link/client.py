"""A polite SPARQL client: SPARQLWrapper, an on-disk cache keyed by query, retries with backoff.

Every answer is cached under ``cache_dir`` (one JSON file per endpoint and query text), so a
rerun, or a run resumed after an interruption, sends only the queries not yet answered.
Requests carry a descriptive User-Agent, as Wikimedia's User-Agent policy asks. 429 and 5xx
answers, timeouts and dropped connections are retried with exponential backoff, honouring
``Retry-After``; when the retries are spent a :class:`~kg.errors.ServiceError` (exit 3) says
what failed.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import json
import socket
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import SPARQLWrapper as sw
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, EndPointNotFound, QueryBadFormed, Unauthorized, URITooLong

from kg import __version__
from kg.errors import ServiceError
from kg.link.files import atomic_write_text

#: The Wikidata Query Service, the default endpoint of ``kg link``.
WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql"
PROJECT_URL = "https://w3id.org/moroccan-cinema"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

#: A row of SPARQL JSON results: variable → {"type", "value", "xml:lang"?, "datatype"?}.
Row = dict[str, dict[str, str]]


def user_agent(contact: str | None = None) -> str:
    """The User-Agent header: tool/version (URL; contact) library/version, per Wikimedia policy.

    >>> user_agent("someone@example.org").split(" (")[0].startswith("moroccan-cinema-kg/")
    True
    """
    who = f"{PROJECT_URL}; {contact}" if contact else PROJECT_URL
    return f"moroccan-cinema-kg/{__version__} ({who}) SPARQLWrapper/{sw.__version__}"


@dataclass
class ClientStats:
    """What the client did: HTTP requests sent, answers read from the cache, retries."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0
    waited_seconds: float = 0.0
    statuses: list[int | str] = field(default_factory=list)


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None.

    >>> parse_retry_after("3")
    3.0
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


class SparqlClient:
    """SELECT queries against one SPARQL 1.1 endpoint, cached and retried.

    >>> client = SparqlClient("http://127.0.0.1:9/sparql", cache_dir=None, max_retries=0)
    >>> client.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    Traceback (most recent call last):
    ...
    kg.errors.ServiceError: cannot query the SPARQL endpoint http://127.0.0.1:9/sparql: ...
    """

    def __init__(
        self,
        endpoint: str,
        *,
        cache_dir: Path | None,
        timeout: float = 120.0,
        max_retries: int = 5,
        backoff: float = 2.0,
        max_wait: float = 300.0,
        contact: str | None = None,
        refresh: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.endpoint = endpoint
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.agent = user_agent(contact)
        self.refresh = refresh
        self.sleep = sleep
        self.stats = ClientStats()

    # -- cache -------------------------------------------------------------------------
    def cache_key(self, query: str) -> str:
        return hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()

    def _cache_path(self, query: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = self.cache_key(query)
        return self.cache_dir / key[:2] / f"{key}.json"

    def cached(self, query: str) -> list[Row] | None:
        """The cached answer to ``query``, or None."""
        path = self._cache_path(query)
        if path is None or self.refresh or not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))["rows"]
        except (ValueError, KeyError):
            return None  # a damaged cache entry is fetched again

    def _store(self, query: str, rows: list[Row]) -> None:
        path = self._cache_path(query)
        if path is None:
            return
        fetched = datetime.now(timezone.utc).isoformat(timespec="seconds")
        atomic_write_text(path, json.dumps({"endpoint": self.endpoint, "fetched": fetched, "query": query, "rows": rows}))

    # -- querying ----------------------------------------------------------------------
    def select(self, query: str) -> list[Row]:
        """The rows of a SELECT query, from the cache or the endpoint."""
        rows = self.cached(query)
        if rows is not None:
            self.stats.cache_hits += 1
            return rows
        rows = self._fetch_with_retries(query)
        self._store(query, rows)
        return rows

    def _fetch_with_retries(self, query: str) -> list[Row]:
        attempt = 0
        while True:
            try:
                return self._fetch(query)
            except _Retryable as err:
                if attempt >= self.max_retries:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise ServiceError(
                        f"cannot query the SPARQL endpoint {self.endpoint}: {err.reason}{tries}. "
                        "Check the URL and your network, or retry later: answers received so far are cached "
                        "and nothing was written."
                    ) from None
                wait = min(self.max_wait, self.backoff * (2**attempt))
                if err.retry_after is not None:
                    wait = min(self.max_wait, max(wait, err.retry_after))
                attempt += 1
                self.stats.retries += 1
                self.stats.waited_seconds += wait
                self.sleep(wait)

    def _fetch(self, query: str) -> list[Row]:
        wrapper = SPARQLWrapper(self.endpoint, agent=self.agent)
        wrapper.setMethod(POST)
        wrapper.setReturnFormat(JSON)
        wrapper.setOnlyConneg(True)
        wrapper.setTimeout(max(1, int(self.timeout)))
        wrapper.setQuery(query)
        self.stats.requests += 1
        try:
            response = wrapper.query()
            body = response.response.read()
            status = response.response.status
        except urllib.error.HTTPError as err:
            self.stats.statuses.append(err.code)
            if err.code in RETRY_STATUSES:
                raise _Retryable(f"HTTP {err.code} {err.reason}", parse_retry_after(err.headers.get("Retry-After"))) from None
            raise ServiceError(f"the SPARQL endpoint {self.endpoint} answered HTTP {err.code} {err.reason}. Check the URL.") from None
        except EndPointInternalError:
            self.stats.statuses.append(500)
            raise _Retryable("HTTP 500 internal server error") from None
        except (QueryBadFormed, URITooLong, EndPointNotFound, Unauthorized) as err:
            first = str(err).strip().splitlines()[0][:200]
            raise ServiceError(
                f"the SPARQL endpoint {self.endpoint} refused the query: {first}. "
                "Is it a standard SPARQL 1.1 endpoint holding Wikidata-shaped data?"
            ) from None
        except (TimeoutError, socket.timeout) as err:
            self.stats.statuses.append("timeout")
            raise _Retryable(f"no answer within {self.timeout:g} s ({err or 'timed out'})") from None
        except urllib.error.URLError as err:
            self.stats.statuses.append("unreachable")
            reason = err.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _Retryable(f"no answer within {self.timeout:g} s") from None
            raise _Retryable(f"unreachable ({reason})") from None
        except (http.client.HTTPException, ConnectionError, OSError) as err:
            self.stats.statuses.append("dropped")
            raise _Retryable(f"the connection was dropped ({type(err).__name__}: {err})") from None
        self.stats.statuses.append(status)
        try:
            data = json.loads(body)
            return data["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            snippet = body[:120].decode("utf-8", "replace").strip().replace("\n", " ")
            # oxigraph answers 200 with "The SPARQL operation has been cancelled" on timeout
            raise _Retryable(f"an answer that is not SPARQL JSON results ({snippet!r})") from None


__all__ = ["ClientStats", "Row", "SparqlClient", "WIKIDATA_ENDPOINT", "parse_retry_after", "user_agent"]
