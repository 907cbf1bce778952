"""Readiness probe for the local broker: exit 0 once an admin client can list topics."""

from __future__ import annotations

import sys

from kafka.admin import KafkaAdminClient


def main(bootstrap: str) -> int:
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=bootstrap, request_timeout_ms=5000
        )
        try:
            admin.list_topics()
        finally:
            admin.close()
    except Exception as exc:  # any failure means "not ready yet"
        print(f"not ready: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:9092"))
