"""`goals ce export --out` and `goals ce audit --out` refuse an existing file
unless --force, with the one rule `goals export` and `goals plan` use
(store.files.refuse_existing / write_file(replace=False))."""

from __future__ import annotations

import zipfile

import pytest


@pytest.fixture
def credit(run, tmp_path):
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(b"%PDF certificate")
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
               "--certificate", cert, "--yes").code == 0


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_ce_export_refuses_an_existing_file_without_force(run, credit, tmp_path, fmt):
    out = tmp_path / f"credits.{fmt}"
    out.write_text("my only copy")
    refused = run("ce", "export", "--format", fmt, "--out", out)
    assert refused.code == 1 and refused.out == ""
    [line] = refused.err.strip().splitlines()
    assert "already exists; nothing was written" in line and "--force" in line
    assert out.read_text() == "my only copy"
    assert not (tmp_path / "credits-certificates").exists()  # refused before any certificate is copied
    replaced = run("ce", "export", "--format", fmt, "--out", out, "--force")
    assert replaced.code == 0, replaced
    assert "Ethics" in out.read_text()


def test_ce_export_to_a_new_file_or_stdout_needs_no_force(run, credit, tmp_path):
    out = tmp_path / "new.csv"
    assert run("ce", "export", "--out", out).code == 0 and "Ethics" in out.read_text()
    assert (tmp_path / "new-certificates").is_dir()
    assert run("ce", "export", "--out", "-").code == 0
    assert run("ce", "export").code == 0


def test_ce_audit_refuses_an_existing_file_without_force(run, credit, tmp_path):
    out = tmp_path / "audit.zip"
    out.write_text("last year's bundle")
    refused = run("ce", "audit", "--license", "TX LPC", "--out", out)
    assert refused.code == 1 and refused.out == ""
    [line] = refused.err.strip().splitlines()
    assert "already exists; nothing was written" in line and "--force" in line
    assert out.read_text() == "last year's bundle"
    replaced = run("ce", "audit", "--license", "TX LPC", "--out", out, "--force", "--json")
    assert replaced.code == 0, replaced
    assert replaced.json()["credits"] == 1
    assert "credits.csv" in zipfile.ZipFile(out).namelist()
