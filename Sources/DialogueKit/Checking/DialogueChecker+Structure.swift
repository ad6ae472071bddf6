/// Structure: every node reachable from the start, every node able to reach an end, no message loops.
extension DialogueChecker {
    func structure(_ links: NodeLinks) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let nodes = dialogue.nodes
        let reachable = reachableNodes(links)
        for (position, node) in nodes.enumerated() where !reachable[links.canonical[position]] {
            findings.append(CheckFinding(.unreachableNode(node.id), at: node.source))
        }
        let canEnd = nodesThatCanReachAnEnd(links)
        for (position, node) in nodes.enumerated() {
            let canonical = links.canonical[position]
            if reachable[canonical] && !canEnd[canonical] {
                findings.append(CheckFinding(.cannotReachEnd(node.id), at: node.source))
            }
        }
        findings += messageLoops(links)
        for node in nodes {
            if let choices = node.question?.choices, !choices.isEmpty,
                choices.allSatisfy({ !$0.condition.when.isEmpty })
            {
                findings.append(CheckFinding(.questionMayOfferNothing(node.id), at: node.source))
            }
        }
        return findings
    }

    /// Nodes some route reaches from the start or from an `anytime` command, by position.
    func reachableNodes(_ links: NodeLinks) -> [Bool] {
        var seen = [Bool](repeating: false, count: dialogue.nodes.count)
        var stack = ([dialogue.start.id] + dialogue.anytime.map(\.target.id)).compactMap(dialogue.position(of:))
        while let position = stack.popLast() {
            guard !seen[position] else { continue }
            seen[position] = true
            for case let target? in links.targets(of: position) where !seen[target] { stack.append(target) }
        }
        return seen
    }

    /// Nodes from which some route leads to an end, by position.
    func nodesThatCanReachAnEnd(_ links: NodeLinks) -> [Bool] {
        let nodes = dialogue.nodes
        // Who leads to each node, as one flat array: node `t`'s are `from[firsts[t]..<firsts[t + 1]]`.
        var counts = [Int](repeating: 0, count: nodes.count + 1)
        for case let target? in links.targets { counts[target + 1] += 1 }
        for position in nodes.indices { counts[position + 1] += counts[position] }
        let firsts = counts
        var next = counts
        var from = [Int](repeating: 0, count: counts[nodes.count])
        for position in nodes.indices {
            for case let target? in links.targets(of: position) {
                from[next[target]] = links.canonical[position]
                next[target] += 1
            }
        }
        var seen = [Bool](repeating: false, count: nodes.count)
        var stack: [Int] = []
        for (position, node) in nodes.enumerated() where node.isEnd && !seen[links.canonical[position]] {
            seen[links.canonical[position]] = true
            stack.append(links.canonical[position])
        }
        while let position = stack.popLast() {
            for previous in from[firsts[position]..<firsts[position + 1]] where !seen[previous] {
                seen[previous] = true
                stack.append(previous)
            }
        }
        return seen
    }

    /// Circles made of messages alone, which would show text forever without asking anything.
    ///
    /// A depth-first walk over messages and the routes between them (a message may have several when
    /// `next` depends on flags), marking the messages on the current path: a route back to one of them
    /// closes a circle. Each message and route is looked at once.
    func messageLoops(_ links: NodeLinks) -> [CheckFinding] {
        let nodes = dialogue.nodes
        var findings: [CheckFinding] = []
        var finished = [Bool](repeating: false, count: nodes.count)
        var onPath = [Int?](repeating: nil, count: nodes.count)
        var path: [Int] = []
        /// The messages a message leads to, each once, in the order written.
        func targets(_ position: Int) -> [Int] {
            guard nodes[position].isMessage else { return [] }
            var result: [Int] = []
            for case let target? in links.targets(of: position)
            where nodes[target].isMessage && !result.contains(target) {
                result.append(target)
            }
            return result
        }
        for (first, node) in nodes.enumerated() where node.isMessage && !finished[links.canonical[first]] {
            let start = links.canonical[first]
            var stack: [(position: Int, next: [Int], index: Int)] = [(start, targets(start), 0)]
            onPath[start] = 0
            path = [start]
            while let top = stack.last {
                guard top.index < top.next.count else {
                    stack.removeLast()
                    onPath[top.position] = nil
                    path.removeLast()
                    finished[top.position] = true
                    continue
                }
                let next = top.next[top.index]
                stack[stack.count - 1].index += 1
                if let start = onPath[next] {
                    let loop = path[start...].map { nodes[$0].id }
                    findings.append(CheckFinding(.messageLoop(loop + [loop[0]]), at: nodes[path[start]].source))
                } else if !finished[next] {
                    onPath[next] = path.count
                    path.append(next)
                    stack.append((next, targets(next), 0))
                }
            }
        }
        return findings
    }
}
