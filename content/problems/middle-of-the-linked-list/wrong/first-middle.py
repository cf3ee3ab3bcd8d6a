# Stops when fast cannot take two more steps: returns the first of two middles.
class Solution:
    def middleNode(self, head):
        slow = fast = head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        return slow
