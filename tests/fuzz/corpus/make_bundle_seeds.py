#!/usr/bin/env python3
# Writes the seed bundles in corpus/fuzz_bundle_reader: small, valid bundles (format 1) of a
# fictional committee, made without the app so the seeds do not depend on the code they test.
# Run from this folder: python3 make_bundle_seeds.py
import hashlib, io, json, zipfile


def bundle(files, name):
    listing = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
               for n, d in files]
    manifest = {"format": "committee-desk-bundle", "format_version": 1, "app_version": "0.9.0",
                "committee": {"uid": "0123456789abcdef0123456789abcdef",
                              "name": "石板村村民委员会", "kind": "village",
                              "township": "青枫街道", "district": "渝北区"},
                "period": {"from": "2026-07-01", "to": "2026-09-30"},
                "created_at": "2026-10-08T09:30:00+08:00", "sensitive_included": False,
                "files": listing}
    text = json.dumps(manifest, ensure_ascii=False, separators=(',', ':')).encode()
    out = io.BytesIO()
    def entry(name):  # a fixed time, so the seeds come out the same on every run
        info = zipfile.ZipInfo(name, date_time=(2026, 10, 8, 9, 30, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    with zipfile.ZipFile(out, 'w') as z:
        z.writestr(entry('manifest.json'), text)
        z.writestr(entry('manifest.sha256'), hashlib.sha256(text).hexdigest() + '\n')
        for n, d in files:
            z.writestr(entry(n), d)
    with open('fuzz_bundle_reader/' + name, 'wb') as f:
        f.write(out.getvalue())


meeting = json.dumps([{"id": 1, "kind": "villagers", "number": 3, "held_on": "2026-07-12",
                       "topic": "村道硬化", "finalized": False}], ensure_ascii=False).encode()
sheet = json.dumps([{"id": 2, "year": 2026, "quarter": 3, "progress": "按期推进",
                     "status": "正常推进"}], ensure_ascii=False).encode()
bundle([("records/meeting.json", meeting), ("records/quarterly_sheet.json", sheet)], "small.cdx")
bundle([("records/meeting.json", meeting)], "one-file.cdx")
bundle([], "empty.cdx")
