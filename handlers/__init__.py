"""Platform-neutral command handlers: async functions from a Request to a Reply."""
