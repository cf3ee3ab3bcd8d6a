def search_rotated(nums: List[int], target: int) -> int:
    pass
