class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy  # the node just before the group being handled
        while True:
            # Is there a full group of k nodes after `before`?
            end = before
            for _ in range(k):
                end = end.next
                if not end:
                    return dummy.next
            after = end.next
            # Reverse the group in place; its first node becomes its last.
            first = before.next
            prev, curr = after, first
            while curr is not after:
                curr.next, prev, curr = prev, curr, curr.next
            before.next = end
            before = first
