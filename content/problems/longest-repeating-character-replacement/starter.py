def character_replacement(s: str, k: int) -> int:
    pass
