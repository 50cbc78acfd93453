"""Platform adapters: payloads in, neutral calls; neutral replies and alerts out."""
