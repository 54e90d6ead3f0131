package io.github.problemdetails.sample.users;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/**
 * Users in the database, through Spring Data JDBC. The database enforces the unique e-mail address and the
 * optimistic-locking version: their failures reach the problem-details starter as Spring's data-access
 * exceptions.
 */
public interface UserRepository extends ListCrudRepository<User, Long>, ListPagingAndSortingRepository<User, Long> {

}
