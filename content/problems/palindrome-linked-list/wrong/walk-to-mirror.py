# Walks from the head to the mirror node for every position: O(n^2).
class Solution:
    def isPalindrome(self, head):
        n = 0
        node = head
        while node:
            n += 1
            node = node.next
        left = head
        for i in range(n // 2):
            mirror = head
            for _ in range(n - 1 - i):
                mirror = mirror.next
            if left.val != mirror.val:
                return False
            left = left.next
        return True
