def can_complete_circuit(gas: List[int], cost: List[int]) -> int:
    pass
