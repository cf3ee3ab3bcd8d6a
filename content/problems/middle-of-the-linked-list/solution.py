class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        # fast moves two steps per slow step; when fast runs out, slow is halfway.
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
        return slow
