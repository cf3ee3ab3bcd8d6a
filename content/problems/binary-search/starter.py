def search(nums: List[int], target: int) -> int:
    pass
