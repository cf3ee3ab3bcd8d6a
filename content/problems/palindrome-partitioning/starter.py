def partition(s: str) -> List[List[str]]:
    pass
