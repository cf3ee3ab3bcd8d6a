# Takes the first node of every level: the view from the left.
class Solution:
    def rightSideView(self, root):
        view = []
        level = [root] if root else []
        while level:
            view.append(level[0].val)
            level = [c for n in level for c in (n.left, n.right) if c]
        return view
