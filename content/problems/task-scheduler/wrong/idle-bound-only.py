# Uses the idle-slot bound alone and forgets that every task needs a slot anyway,
# which undercounts when there are so many labels that no slot stays idle.
def least_interval(tasks: List[str], n: int) -> int:
    counts = {}
    for task in tasks:
        counts[task] = counts.get(task, 0) + 1
    most = max(counts.values())
    tied = sum(1 for c in counts.values() if c == most)
    return (most - 1) * (n + 1) + tied
