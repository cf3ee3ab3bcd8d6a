class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        # buckets[c] holds the values that occur exactly c times.
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, c in counts.items():
            buckets[c].append(value)
        result = []
        for c in range(len(nums), 0, -1):
            for value in buckets[c]:
                result.append(value)
                if len(result) == k:
                    return result
        return result
