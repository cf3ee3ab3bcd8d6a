class Solution:
    def trap(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        left_max = right_max = 0
        water = 0
        while left < right:
            # The lower side is the limit: its level is settled by its own running maximum.
            if height[left] < height[right]:
                if height[left] > left_max:
                    left_max = height[left]
                water += left_max - height[left]
                left += 1
            else:
                if height[right] > right_max:
                    right_max = height[right]
                water += right_max - height[right]
                right -= 1
        return water
