# Tries every position for every cut without remembering results: exponential.
class Solution:
    def splitArray(self, nums: List[int], k: int) -> int:
        prefix = [0]
        for value in nums:
            prefix.append(prefix[-1] + value)

        def best(start: int, days: int) -> int:
            if days == 1:
                return prefix[len(nums)] - prefix[start]
            answer = None
            for end in range(start + 1, len(nums) - days + 2):
                first = prefix[end] - prefix[start]
                worst = max(first, best(end, days - 1))
                if answer is None or worst < answer:
                    answer = worst
            return answer

        return best(0, k)
