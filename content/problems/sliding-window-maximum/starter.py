def max_sliding_window(nums: List[int], k: int) -> List[int]:
    pass
