# Reverses only the first group and leaves the rest of the list untouched.
class Solution:
    def reverseKGroup(self, head, k):
        end = head
        for _ in range(k):
            if not end:
                return head
            end = end.next
        prev, curr = end, head
        while curr is not end:
            curr.next, prev, curr = prev, curr, curr.next
        return prev
