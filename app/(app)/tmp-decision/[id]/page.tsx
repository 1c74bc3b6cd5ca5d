import { DecisionSection } from "../../trials/[id]/decision-section";

// TEMPORARY (deleted before merge): renders the decision section until the trial page exists.
export default async function TmpDecision({ params }: { params: Promise<{ id: string }> }) {
  return <DecisionSection trialId={Number((await params).id)} />;
}
