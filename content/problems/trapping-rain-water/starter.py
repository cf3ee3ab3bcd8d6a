def trap(height: List[int]) -> int:
    pass
