import { describeWrongSolutions } from "./wrong-solutions.cases";

describeWrongSolutions(0);
