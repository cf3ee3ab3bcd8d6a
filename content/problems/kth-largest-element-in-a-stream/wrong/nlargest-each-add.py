# Keeps every value and looks for the k largest again on every add: O(n log k) per call.
class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.nums = list(nums)

    def add(self, val):
        self.nums.append(val)
        return heapq.nlargest(self.k, self.nums)[-1]
