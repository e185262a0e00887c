import { Person } from '../../services/pitchService';
import { Turn } from './turn';
import { userName } from './turnInfo';

/** The person behind a turn, as the pitch rules see them (ids from the activity and the roster). */
export async function personOf(turn: Turn): Promise<Person> {
  const ids = await turn.deps.roles.identity(turn.context);
  return { ids, name: userName(turn.context), isCoordinatorOf: (g) => turn.deps.roles.isCoordinator(turn.context, g) };
}
