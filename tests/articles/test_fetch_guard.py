"""The URL fetcher's guard (factcheck/articles/fetch.py): what it refuses before sending anything."""

from __future__ import annotations

import asyncio

import pytest

from factcheck.articles.fetch import FetchError, UrlFetcher, is_public


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.10",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_private_loopback_and_link_local_addresses_are_not_public(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_internet_addresses_are_public(address: str) -> None:
    assert is_public(address)


def _fetch(url: str, resolves_to: list[str]) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return resolves_to

    asyncio.run(UrlFetcher(resolver=resolver).fetch(url))


def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    with pytest.raises(FetchError, match="private or local network"):
        _fetch("http://intranet.example.org/", ["10.0.0.5"])


def test_a_name_with_any_private_address_among_its_addresses_is_refused() -> None:
    with pytest.raises(FetchError, match="private or local network"):
        _fetch("https://mixed.example.org/", ["93.184.216.34", "127.0.0.1"])


def test_an_address_typed_as_a_number_is_checked_too() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        from factcheck.articles.fetch import resolve

        return await resolve(host, port)

    with pytest.raises(FetchError, match="private or local network"):
        asyncio.run(UrlFetcher(resolver=resolver).fetch("http://169.254.169.254/latest/meta-data/"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/file.txt", "Only http:// and https://"),
        ("javascript:alert(1)", "Only http:// and https://"),
        ("http://user:secret@example.org/", "Leave the user name and password out"),
        ("not a url at all", "Only http:// and https://"),
    ],
)
def test_other_schemes_and_credentials_are_refused(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        _fetch(url, ["93.184.216.34"])


@pytest.mark.parametrize(
    "address",
    [
        "::ffff:7f00:1",  # IPv4-mapped, written in hex
        "::7f00:1",  # IPv4-compatible: 127.0.0.1
        "::10.0.0.1",
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
        "fec0::1",  # site-local
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo whose client is 10.0.0.1
        "ff02::1",
    ],
)
def test_every_form_of_a_private_address_is_refused(address: str) -> None:
    """Issue 12: decided by ``ipaddress``'s ``is_global`` for the address and every IPv4 address
    inside it, not by a list of ranges kept by hand."""
    assert not is_public(address)


@pytest.mark.parametrize("address", ["2002:5db8:d822::1", "64:ff9b::808:808", "2a00:1450:4001:82b::200e"])
def test_public_addresses_in_those_forms_stay_public(address: str) -> None:
    assert is_public(address)
