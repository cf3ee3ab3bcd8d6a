# Reverses but drops the last node.
class Solution:
    def reverseList(self, head):
        prev = None
        while head and head.next:
            head.next, prev, head = prev, head, head.next
        return prev
