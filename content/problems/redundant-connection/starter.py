def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    pass
