def find_kth_largest(nums: List[int], k: int) -> int:
    pass
