# Sorts every window from scratch: O(n * k log k).
class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        result = []
        for i in range(len(nums) - k + 1):
            window = sorted(nums[i : i + k])
            if k % 2:
                result.append(float(window[k // 2]))
            else:
                result.append((window[k // 2 - 1] + window[k // 2]) / 2)
        return result
